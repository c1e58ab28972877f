struct User {
    name: String,
    age,
}

fn main() {
    let u = User { name: String::from("kim"), age: 30 };
    println!("{}", u.name);
}
