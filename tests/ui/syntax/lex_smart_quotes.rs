fn main() {
    let name = String::from("Ferris");
    let greeting = format!("Hello, {}!", “name”);
    println!("{}", greeting);
}
