// Moving a Vec into a new binding while an iterator over it is alive: E0505.
fn main() {
    let values = vec![1, 2, 3];
    let mut it = values.iter();
    let owned = values;
    println!("{:?} {}", it.next(), owned.len());
}
