fn temperature(c: i32) -> &'static str {
    match c {
        -50...0 => "freezing",
        1..=25 => "mild",
        _ => "hot",
    }
}

fn is_sep(c: char) -> bool {
    match c {
        ',' || ';' => true,
        _ => false,
    }
}

fn main() {
    println!("{} {}", temperature(10), is_sep(';'));
}
