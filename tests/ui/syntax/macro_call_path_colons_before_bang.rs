fn main() {
    let name = "ferris";
    let s = std::format::!("hi {}", name);
    println!("{}", s);
}
