fn name(n: u8) -> &'static str {
    match n {
        0 => "zero",
        1 "one",
        _ => "many",
    }
}

fn main() {
    println!("{}", name(1));
}
