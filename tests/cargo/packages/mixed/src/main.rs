mod greeting {
    pub fn hello(name: &str) -> String {
        format!("Hello, {name}!")
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let name = args.first().map(String::as_str).unwrap_or("world");
    println!("{}", greeting::hello(name));
}

#[test]
fn greets() {
    assert_eq!(greeting::hello("ferric"), "Hello, ferric!");
}
