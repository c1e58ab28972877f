fn main() {
    let name = "x";
    println!("hello $name", name);
}
