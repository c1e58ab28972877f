static S: String = String::new();
fn main() {
    let s = S;
    println!("{s}");
}
