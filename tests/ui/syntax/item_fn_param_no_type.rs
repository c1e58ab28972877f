fn greet(name) {
    println!("hi {}", name);
}

fn main() {
    greet("bob");
}
