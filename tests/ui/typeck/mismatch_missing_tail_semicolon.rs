// A trailing semicolon turns the tail expression into a statement, so the body is `()`: E0308.
fn area(width: u32, height: u32) -> u32 {
    width * height;
}

fn main() {
    println!("{}", area(3, 4));
}
