// `Self` in a free function: E0411.
struct Node {
    value: i32,
}

fn make() -> Self {
    Node { value: 1 }
}

fn main() {
    let n = make();
}
