// Passing the receiver again as an argument to a method call: E0061.
struct Stack {
    items: Vec<i32>,
}

impl Stack {
    fn push(&mut self, v: i32) {
        self.items.push(v);
    }
}

fn main() {
    let mut s = Stack { items: vec![] };
    let value = 4;
    s.push(&mut s, value);
    println!("{:?}", s.items);
}
