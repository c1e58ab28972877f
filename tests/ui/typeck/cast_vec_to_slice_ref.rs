// Casting a `Vec` to a slice reference with `as`: E0605.
fn total(v: &[i32]) -> i32 {
    v.iter().sum()
}

fn main() {
    let data = vec![1, 2, 3];
    println!("{}", total(data as &[i32]));
}
