fn main() {
    let heart = "I \u2764 Rust";
    let n = heart.chars().count();
    println!("{} ({} chars)", heart, n);
}
