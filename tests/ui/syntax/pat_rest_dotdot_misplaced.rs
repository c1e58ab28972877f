fn main() {
    let values = [1, 2, 3, 4, 5];
    let [first, .., ..] = values;
    println!("{}", first);
}
