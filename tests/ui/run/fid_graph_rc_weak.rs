use std::cell::RefCell;
use std::rc::{Rc, Weak};

#[derive(Debug)]
struct Node {
    name: String,
    parent: RefCell<Weak<Node>>,
    children: RefCell<Vec<Rc<Node>>>,
}

impl Node {
    fn new(name: &str) -> Rc<Node> {
        Rc::new(Node {
            name: name.to_string(),
            parent: RefCell::new(Weak::new()),
            children: RefCell::new(vec![]),
        })
    }
    fn add_child(parent: &Rc<Node>, child: Rc<Node>) {
        *child.parent.borrow_mut() = Rc::downgrade(parent);
        parent.children.borrow_mut().push(child);
    }
    fn path(&self) -> String {
        match self.parent.borrow().upgrade() {
            Some(p) => format!("{}/{}", p.path(), self.name),
            None => self.name.clone(),
        }
    }
    fn depth_first(node: &Rc<Node>, depth: usize, out: &mut Vec<String>) {
        out.push(format!("{}{}", "  ".repeat(depth), node.name));
        for c in node.children.borrow().iter() {
            Node::depth_first(c, depth + 1, out);
        }
    }
}

impl Drop for Node {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

struct Counter {
    hits: Rc<RefCell<u32>>,
}

impl Counter {
    fn hit(&self) {
        *self.hits.borrow_mut() += 1;
    }
}

fn main() {
    let root = Node::new("root");
    {
        let usr = Node::new("usr");
        let bin = Node::new("bin");
        let local = Node::new("local");
        Node::add_child(&usr, local.clone());
        Node::add_child(&root, usr.clone());
        Node::add_child(&root, bin);
        println!("local path = {}", local.path());
        println!("usr strong={} weak={}", Rc::strong_count(&usr), Rc::weak_count(&usr));
        println!("root strong={} weak={}", Rc::strong_count(&root), Rc::weak_count(&root));
    }
    let mut lines = Vec::new();
    Node::depth_first(&root, 0, &mut lines);
    println!("{}", lines.join("\n"));

    let orphan = {
        let tmp = Node::new("tmp");
        let leaf = Node::new("leaf");
        Node::add_child(&tmp, leaf.clone());
        leaf
    };
    println!("orphan path = {}, parent alive = {}", orphan.path(), orphan.parent.borrow().upgrade().is_some());

    let shared = Rc::new(RefCell::new(0));
    let counters: Vec<Counter> = (0..3).map(|_| Counter { hits: Rc::clone(&shared) }).collect();
    for (i, c) in counters.iter().enumerate() {
        for _ in 0..=i {
            c.hit();
        }
    }
    println!("hits = {}, rc = {}", shared.borrow(), Rc::strong_count(&shared));
    drop(counters);
    println!("rc after drop = {}", Rc::strong_count(&shared));
    let r = shared.borrow();
    let attempt = shared.try_borrow_mut();
    println!("try_borrow_mut while borrowed: {}", attempt.is_err());
    drop(attempt);
    drop(r);
    let first_child = root.children.borrow()[0].clone();
    drop(root);
    println!("after root drop: {} parent={:?}", first_child.name, first_child.parent.borrow().upgrade().map(|p| p.name.clone()));
}
