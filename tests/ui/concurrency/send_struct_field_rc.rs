// A user struct is `Send` only when all its fields are: `Node` holds an `Rc`.
use std::rc::Rc;
use std::thread;

struct Node {
    name: String,
    parent: Option<Rc<Node>>,
}

impl Node {
    fn depth(&self) -> usize {
        match &self.parent {
            Some(p) => 1 + p.depth(),
            None => 0,
        }
    }
}

fn main() {
    let root = Rc::new(Node { name: "root".to_string(), parent: None });
    let leaf = Node { name: "leaf".to_string(), parent: Some(root) };
    let worker = thread::spawn(move || {
        println!("{} at depth {}", leaf.name, leaf.depth());
    });
    worker.join().unwrap();
}
