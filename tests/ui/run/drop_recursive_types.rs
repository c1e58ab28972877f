// Recursive types: drop glue runs where something inside needs it, not elsewhere.
struct Noisy(u32);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

enum Tree { Leaf, Node(Box<Tree>, Box<Tree>) }
enum NTree { Leaf(Noisy), Node(Box<NTree>, Box<NTree>) }
enum Mixed { End, Link(Box<Mixed>), Tail(std::rc::Rc<Noisy>) }
struct List { next: Option<Box<List>>, v: Vec<i32> }

fn count(t: &Tree) -> u32 {
    match t {
        Tree::Leaf => 1,
        Tree::Node(l, r) => 1 + count(l) + count(r),
    }
}

fn main() {
    let t = Tree::Node(Box::new(Tree::Leaf), Box::new(Tree::Node(Box::new(Tree::Leaf), Box::new(Tree::Leaf))));
    println!("{}", count(&t));
    {
        let _n = NTree::Node(Box::new(NTree::Leaf(Noisy(1))), Box::new(NTree::Node(Box::new(NTree::Leaf(Noisy(2))), Box::new(NTree::Leaf(Noisy(3))))));
        println!("end of scope");
    }
    let m = Mixed::Link(Box::new(Mixed::Link(Box::new(Mixed::Tail(std::rc::Rc::new(Noisy(4)))))));
    drop(m);
    let mut l = List { next: None, v: vec![1] };
    for i in 0..3 {
        l = List { next: Some(Box::new(l)), v: vec![i] };
    }
    let b = Box::new(5u8);
    println!("{} {}", l.v[0], *b + 1);
    let e = Mixed::End;
    let _ = e;
    println!("done");
}
