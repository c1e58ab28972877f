fn sign(x: i32) -> &'static str {
    if x < 0 {
        "negative"
    } else if x > 0 {
        "positive"
    }
}

fn main() {
    println!("{}", sign(3));
}
