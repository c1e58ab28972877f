// Moving out of the `&String` items yielded by `iter()`: E0507.
fn main() {
    let tags = vec![String::from("a"), String::from("b")];
    let mut owned: Vec<String> = Vec::new();
    for t in tags.iter() {
        owned.push(*t);
    }
    println!("{:?}", owned);
}
