// Destructuring a struct with a field name it does not have: E0026.
struct User {
    name: String,
    email: String,
}

fn main() {
    let u = User { name: "kim".into(), email: "kim@example.com".into() };
    let User { name, mail } = u;
    println!("{name} {mail}");
}
