// Variants and functions used as types: E0573.
enum Color {
    Red,
    Green,
}

fn paint() -> Color::Red {
    Color::Red
}

fn helper() {}

fn main() {
    let h: helper = helper;
}
