// Accessing a struct field through an `Option` without unwrapping: E0609.
struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

fn main() {
    let list = Node { value: 1, next: Some(Box::new(Node { value: 2, next: None })) };
    println!("{}", list.next.value);
}
