fn main() {
    let mut total = 0;
    let items = [1.5, 2.5];
    for i in items.iter() {
        total += i;
    }
    println!("{}", total);
}
