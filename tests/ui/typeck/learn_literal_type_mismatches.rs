fn main() {
    let x: i32 = "42";
    let y: u8 = 300;
    let s: String = 5.to_string() + 1;
    println!("{} {} {}", x, y, s);
}
