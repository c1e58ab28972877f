struct Stack<T> {
    items: Vec<T>,
}

impl Stack<T> for <T> {
    fn len(&self) -> usize {
        self.items.len()
    }
}

fn main() {
    let s = Stack { items: vec![1, 2] };
    println!("{}", s.items.len());
}
