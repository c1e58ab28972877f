// Moving one field out of a struct and then using the whole struct: E0382 (partial move).
#[derive(Debug)]
struct User {
    name: String,
    email: String,
}

fn main() {
    let u = User { name: String::from("ada"), email: String::from("ada@example.com") };
    let email = u.email;
    println!("{email}");
    println!("{:?}", u);
}
