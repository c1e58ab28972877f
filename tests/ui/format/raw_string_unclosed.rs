fn main() {
    println!(r#"x {"#);
}
