fn main() {
    let pattern = r#"^\d+"(\w+)$"
    let text = "42\"abc";
    println!("{} {}", pattern, text);
}
