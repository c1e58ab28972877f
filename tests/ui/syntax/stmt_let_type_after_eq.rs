fn main() {
    let count = i32: 5;
    println!("{}", count);
}
