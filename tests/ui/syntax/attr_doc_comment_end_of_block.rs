fn main() {
    let xs = [1, 2, 3];
    for x in xs.iter() {
        println!("{}", x);
    }
    /// done printing
}
