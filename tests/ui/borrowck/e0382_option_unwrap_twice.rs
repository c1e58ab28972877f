// `Option<String>::unwrap` consumes the option; calling it twice is E0382.
fn main() {
    let maybe = Some(String::from("value"));
    let first = maybe.unwrap();
    let second = maybe.unwrap();
    println!("{first} {second}");
}
