// A learner returns string literals from a function declared to return `String`.
struct User {
    name: String,
    age: u32,
}

fn greeting(user: &User) -> String {
    if user.age < 13 {
        "Hi kid!"
    } else {
        format!("Hello, {}!", user.name)
    }
}

fn initials(user: &User) -> String {
    let first = user.name.chars().next();
    match first {
        Some(c) => c.to_string(),
        None => "?",
    }
}

fn main() {
    let u = User { name: "Ada".to_string(), age: 36 };
    println!("{} {}", greeting(&u), initials(&u));
}
