fn main() {
    let fn = |x: i32| x + 1;
    println!("{}", 41);
}
