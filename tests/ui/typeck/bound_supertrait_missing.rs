// Implementing a trait without implementing its supertrait: E0277.
use std::fmt;

trait Entity: fmt::Display {
    fn id(&self) -> u64;
    fn describe(&self) -> String {
        format!("#{} {}", self.id(), self)
    }
}

struct Customer {
    id: u64,
    name: String,
}

impl Entity for Customer {
    fn id(&self) -> u64 {
        self.id
    }
}

fn main() {
    let c = Customer { id: 1, name: "Zoe".into() };
    println!("{}", c.name);
}
