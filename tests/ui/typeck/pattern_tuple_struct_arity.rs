// A tuple-struct pattern with the wrong number of fields: E0023.
struct Rgb(u8, u8, u8);

fn brightness(c: &Rgb) -> u32 {
    let Rgb(r, g) = c;
    *r as u32 + *g as u32
}

fn main() {
    println!("{}", brightness(&Rgb(10, 20, 30)));
}
