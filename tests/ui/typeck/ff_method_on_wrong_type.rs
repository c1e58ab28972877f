// Calling methods that do not exist on the receiver's type.
struct Stack {
    items: Vec<i32>,
}

impl Stack {
    fn push_item(&mut self, x: i32) {
        self.items.push(x);
    }
}

fn main() {
    let mut s = Stack { items: vec![] };
    s.push(3);
    let n: i32 = 42;
    println!("{}", n.len());
    let word = "hello";
    word.push_str(" world");
    let v = vec![1, 2, 3];
    let total: i32 = v.iter().summ();
    println!("{} {}", total, s.items.lenght());
}
