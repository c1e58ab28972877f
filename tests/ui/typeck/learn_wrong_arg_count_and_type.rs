fn area(width: u32, height: u32) -> u32 {
    width * height
}

fn main() {
    let a = area(3);
    let b = area(3, "4");
    let c: u64 = area(1, 2);
    println!("{} {} {}", a, b, c);
}
