// Borrowing a struct after it was moved into a Vec: E0382.
#[derive(Debug)]
struct Task {
    name: String,
    done: bool,
}

fn main() {
    let mut queue = Vec::new();
    let t = Task { name: String::from("write tests"), done: false };
    queue.push(t);
    let r = &t;
    println!("{:?} {}", r, queue.len());
}
