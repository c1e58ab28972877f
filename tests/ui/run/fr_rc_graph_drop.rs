use std::cell::RefCell;
use std::rc::{Rc, Weak};

#[derive(Debug)]
struct TreeNode {
    name: String,
    parent: RefCell<Weak<TreeNode>>,
    children: RefCell<Vec<Rc<TreeNode>>>,
}

impl TreeNode {
    fn new(name: &str) -> Rc<TreeNode> {
        Rc::new(TreeNode { name: name.to_string(), parent: RefCell::new(Weak::new()), children: RefCell::new(vec![]) })
    }
    fn add_child(parent: &Rc<TreeNode>, child: Rc<TreeNode>) {
        *child.parent.borrow_mut() = Rc::downgrade(parent);
        parent.children.borrow_mut().push(child);
    }
    fn path(&self) -> String {
        match self.parent.borrow().upgrade() {
            Some(p) => format!("{}/{}", p.path(), self.name),
            None => self.name.clone(),
        }
    }
    fn depth_sum(node: &Rc<TreeNode>, depth: usize) -> usize {
        depth + node.children.borrow().iter().map(|c| TreeNode::depth_sum(c, depth + 1)).sum::<usize>()
    }
}

impl Drop for TreeNode {
    fn drop(&mut self) {
        println!("drop node {} ({} children)", self.name, self.children.borrow().len());
    }
}

struct Noisy {
    id: u32,
    log: Rc<RefCell<Vec<String>>>,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        self.log.borrow_mut().push(format!("noisy {}", self.id));
        println!("dropping noisy {}", self.id);
    }
}

struct Pair {
    _a: Noisy,
    _b: Noisy,
}

fn make(id: u32, log: &Rc<RefCell<Vec<String>>>) -> Noisy {
    Noisy { id, log: Rc::clone(log) }
}

fn main() {
    let root = TreeNode::new("root");
    let usr = TreeNode::new("usr");
    let bin = TreeNode::new("bin");
    let local = TreeNode::new("local");
    TreeNode::add_child(&root, Rc::clone(&usr));
    TreeNode::add_child(&root, bin);
    TreeNode::add_child(&usr, Rc::clone(&local));
    println!("path: {}", local.path());
    println!("depth sum: {}", TreeNode::depth_sum(&root, 0));
    println!("usr strong={} weak={}", Rc::strong_count(&usr), Rc::weak_count(&usr));
    println!("root strong={} weak={}", Rc::strong_count(&root), Rc::weak_count(&root));
    let weak_root = Rc::downgrade(&root);
    drop(usr);
    println!("after drop(usr) local path still {}", local.path());
    drop(root);
    println!("root alive? {}", weak_root.upgrade().is_some());
    println!("local parent alive? {}", local.parent.borrow().upgrade().is_some());
    println!("local path now {}", local.path());

    let log = Rc::new(RefCell::new(Vec::new()));
    {
        let _x = make(1, &log);
        let _y = make(2, &log);
        let p = Pair { _a: make(3, &log), _b: make(4, &log) };
        let v = vec![make(5, &log), make(6, &log)];
        let moved = p;
        println!("end of scope, {} items in v", v.len());
        let _ = moved;
    }
    {
        let mut slot = Some(make(7, &log));
        slot = None;
        println!("slot cleared: {}", slot.is_none());
        let mut b = make(8, &log);
        b = make(9, &log);
        println!("reassigned to {}", b.id);
        let _ = make(10, &log);
        println!("after let _");
        let boxed: Box<Noisy> = Box::new(make(11, &log));
        std::mem::forget(make(12, &log));
        let opt = Some(boxed);
        if let Some(n) = opt {
            println!("got boxed {}", n.id);
        }
        println!("after if let");
    }
    println!("log: {:?}", log.borrow());
    let shared = Rc::new(make(13, &log));
    let s2 = shared.clone();
    println!("try_unwrap fails: {}", Rc::try_unwrap(shared).is_err());
    println!("count {}", Rc::strong_count(&s2));
    let inner = Rc::try_unwrap(s2).ok().unwrap();
    println!("unwrapped {}", inner.id);
    println!("end of main");
}
