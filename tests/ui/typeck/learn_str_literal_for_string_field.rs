struct User {
    name: String,
    age: u32,
}

fn main() {
    let u = User { name: "alice", age: 30 };
    println!("{} {}", u.name, u.age);
}
