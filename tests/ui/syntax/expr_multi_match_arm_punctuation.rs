fn code(s: &str) -> u8 {
    match s {
        "red" => 1;
        "green" => 2,
        _ => 0,
    }
}

fn name(c: u8) -> &'static str {
    match c {
        1 -> "red",
        _ => "other",
    }
}

fn main() {
    println!("{} {}", code("red"), name(1));
}
