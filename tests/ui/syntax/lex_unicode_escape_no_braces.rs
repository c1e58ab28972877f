fn main() {
    let heart = "I \u2764 Rust";
    println!("{}", heart);
}
