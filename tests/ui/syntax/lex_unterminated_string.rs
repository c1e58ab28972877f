fn greet(name: &str) -> String {
    format!("Hello, {}!", name)
}

fn main() {
    let who = "world;
    println!("{}", greet(who));
}
