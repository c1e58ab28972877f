fn main() {
    let name = String::from("ferris");
    let greet = move || println!("hi {}", name);
    greet();
    println!("{}", name);
}
