fn main() {
    println!("a {x y} b");
}
