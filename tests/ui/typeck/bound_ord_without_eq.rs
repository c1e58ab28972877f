// Implementing `Ord` for a type that is not `Eq` (a supertrait): E0277.
use std::cmp::Ordering;

#[derive(PartialEq, PartialOrd)]
struct Priority(u8);

impl Ord for Priority {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0.cmp(&other.0)
    }
}

fn main() {
    let mut v = vec![Priority(3), Priority(1)];
    v.sort();
    println!("{}", v[0].0);
}
