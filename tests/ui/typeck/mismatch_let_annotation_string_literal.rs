// A string literal bound to a `String` annotation: E0308.
struct User {
    name: String,
    age: u32,
}

fn main() {
    let name: String = "ferris";
    let user = User { name, age: 7 };
    println!("{} is {}", user.name, user.age);
}
