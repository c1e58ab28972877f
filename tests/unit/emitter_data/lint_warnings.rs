fn main() {
    let mut x = 1;
    let y = 2;
    println!("{}", x);
}
