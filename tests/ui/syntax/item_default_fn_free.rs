default fn describe() -> &'static str {
    "nothing special"
}

fn main() {
    println!("{}", describe());
}
