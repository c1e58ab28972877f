// Assigning to and moving a value while a reference to it is still in use.
#[derive(Debug)]
struct Node {
    value: i32,
    label: String,
}

fn consume(n: Node) -> i32 {
    n.value
}

fn main() {
    let mut x = 10;
    let r = &x;
    x = 20;
    println!("{} {}", r, x);

    let node = Node { value: 1, label: "a".into() };
    let label_ref = &node.label;
    let v = consume(node);
    println!("{} {}", label_ref, v);
}
