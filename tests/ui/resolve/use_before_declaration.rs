// A variable used before its `let`, and one from an inner block.
fn main() {
    println!("{}", later);
    let later = 5;
    {
        let inner = 1;
        println!("{inner}");
    }
    println!("{}", inner);
}
