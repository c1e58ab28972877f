// Recursive types with indirection are fine: `Box`, `Vec`, `Rc`, references, `Option<Box>`.
use std::collections::HashMap;
use std::rc::Rc;

enum List {
    Cons(i32, Box<List>),
    Nil,
}

struct Node {
    value: i32,
    next: Option<Box<Node>>,
    children: Vec<Node>,
    shared: Option<Rc<Node>>,
    by_name: HashMap<String, Node>,
}

struct Borrowed<'a> {
    parent: Option<&'a Borrowed<'a>>,
}

fn sum(l: &List) -> i32 {
    match l {
        List::Cons(v, rest) => v + sum(rest),
        List::Nil => 0,
    }
}

fn main() {
    let l = List::Cons(1, Box::new(List::Cons(2, Box::new(List::Nil))));
    let n = Node { value: 1, next: None, children: vec![], shared: None, by_name: HashMap::new() };
    let root = Borrowed { parent: None };
    let child = Borrowed { parent: Some(&root) };
    println!("{} {} {}", sum(&l), n.value + n.children.len() as i32, child.parent.is_some());
}
