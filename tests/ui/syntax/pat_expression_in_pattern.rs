fn check(n: i32) -> &'static str {
    match n {
        1 + 1 => "two",
        _ => "other",
    }
}

fn main() {
    println!("{}", check(2));
}
