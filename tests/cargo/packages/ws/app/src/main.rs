fn main() {
    println!("app: 2 + 3 = {}", util::add(2, 3));
}
