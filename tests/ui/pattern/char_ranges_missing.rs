// Char ranges: what remains is printed as char ranges up to the surrogate gap and beyond.
fn kind(c: char) -> &'static str {
    match c {
        'a'..='z' => "lower",
        'A'..='Z' => "upper",
        '0'..='9' => "digit",
    }
}

fn main() {
    println!("{}", kind('q'));
}
