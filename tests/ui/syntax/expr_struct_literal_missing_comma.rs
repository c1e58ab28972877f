#[derive(Default)]
struct Rgb {
    r: u8,
    g: u8,
    b: u8,
}

fn main() {
    let c = Rgb { r: 255, g: 128 b: 0, ..Default::default() };
    println!("{} {} {}", c.r, c.g, c.b);
}
