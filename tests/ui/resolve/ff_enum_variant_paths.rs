// Enum variants used without their enum's path, or with a wrong name.
#[derive(Debug)]
enum Color {
    Red,
    Green,
    Custom(u8, u8, u8),
}

fn pick(n: u8) -> Color {
    match n {
        0 => Red,
        1 => Color::Gren,
        _ => Custom(n, n, n),
    }
}

fn main() {
    println!("{:?} {:?}", pick(0), Color::Green);
}
