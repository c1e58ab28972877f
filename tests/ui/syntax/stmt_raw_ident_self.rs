struct Node {
    value: i32,
}

fn main() {
    let r#self = Node { value: 4 };
    println!("{}", 4);
}
