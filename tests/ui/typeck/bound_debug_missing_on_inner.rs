// Deriving `Debug` on a struct whose field type has no `Debug`: E0277.
struct Color(u8, u8, u8);

#[derive(Debug)]
struct Pixel {
    x: u32,
    y: u32,
    color: Color,
}

fn main() {
    let p = Pixel { x: 1, y: 2, color: Color(255, 0, 0) };
    println!("{:?}", p);
}
