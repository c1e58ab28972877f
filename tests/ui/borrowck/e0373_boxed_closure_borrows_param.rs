// Returning a boxed closure that borrows a by-value parameter: E0373.
fn greeter(greeting: String) -> Box<dyn Fn(&str) -> String> {
    Box::new(|name| format!("{greeting}, {name}"))
}

fn main() {
    let g = greeter(String::from("hi"));
    println!("{}", g("sam"));
}
