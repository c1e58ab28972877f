fn main() {
    let halve = |x: i32| -> i32 x / 2;
    let quarter = halve(halve(20));
    println!("{} {}", halve(10), quarter);
}
