fn main() {
    let count = i32: 5;
    let doubled = count * 2;
    println!("{} {}", count, doubled);
}
