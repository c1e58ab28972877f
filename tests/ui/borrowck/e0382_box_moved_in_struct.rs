// A Box moved into a struct literal and then dereferenced: E0382.
struct Node {
    value: Box<i32>,
}

fn main() {
    let b = Box::new(7);
    let n = Node { value: b };
    println!("{} {}", n.value, *b);
}
