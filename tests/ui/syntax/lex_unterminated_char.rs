fn classify(c: char) -> &'static str {
    if c.is_alphabetic() {
        "letter"
    } else {
        "other"
    }
}

fn main() {
    let sep = ';
    println!("{}", classify(sep));
}
