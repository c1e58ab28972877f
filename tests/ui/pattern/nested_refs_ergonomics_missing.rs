// Match ergonomics: the scrutinee is a reference to an option of references; the
// witness shows the references rustc's lowering put back.
#[derive(Clone, Copy)]
enum Color {
    Red,
    Green,
    Blue,
}

fn name(c: &Option<&Color>) -> &'static str {
    match c {
        Some(Color::Red) => "red",
        Some(Color::Green) => "green",
        None => "none",
    }
}

fn main() {
    println!("{}", name(&Some(&Color::Blue)));
}
