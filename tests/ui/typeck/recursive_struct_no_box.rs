// A recursive struct without indirection has infinite size: E0072.
struct Node {
    value: i32,
    next: Option<Node>,
}

fn length(n: &Node) -> usize {
    match &n.next {
        Some(rest) => 1 + length(rest),
        None => 1,
    }
}

fn main() {
    println!("linked list");
}
