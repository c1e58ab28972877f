// A generic container's `peek` returning an element by value where it promises `Option<&T>`: E0308.
struct Stack<T> {
    items: Vec<T>,
}

impl<T> Stack<T> {
    fn new() -> Self {
        Stack { items: Vec::new() }
    }

    fn push(&mut self, item: T) {
        self.items.push(item);
    }

    fn peek(&self) -> Option<&T> {
        if self.items.is_empty() {
            return None;
        }
        let last = self.items.len() - 1;
        Some(self.items[last])
    }
}

fn main() {
    let mut s = Stack::new();
    s.push(1);
    s.push(2);
    println!("{:?}", s.peek());
}
