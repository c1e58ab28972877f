fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    println!("demo: {} {:?}", examples::add(1, 2), args);
}
