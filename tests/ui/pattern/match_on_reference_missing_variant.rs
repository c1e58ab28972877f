// Matching a reference to an enum: the witness is `&Tree::Leaf`.
enum Tree {
    Leaf,
    Node(Box<Tree>, Box<Tree>),
}

fn depth(t: &Tree) -> usize {
    match t {
        Tree::Node(l, r) => 1 + depth(l).max(depth(r)),
    }
}

fn main() {
    println!("{}", depth(&Tree::Node(Box::new(Tree::Leaf), Box::new(Tree::Leaf))));
}
