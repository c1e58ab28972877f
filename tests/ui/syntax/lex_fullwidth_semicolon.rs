fn main() {
    let a = 5；
    let b = 7;
    println!("{}", a + b);
}
