// Box allocation and recursion: binary trees built, checked and dropped.
enum Tree { Leaf, Node(Box<Tree>, Box<Tree>) }

fn make(depth: u32) -> Tree {
    if depth == 0 { Tree::Leaf } else { Tree::Node(Box::new(make(depth - 1)), Box::new(make(depth - 1))) }
}

fn check(t: &Tree) -> u32 {
    match t {
        Tree::Leaf => 1,
        Tree::Node(l, r) => 1 + check(l) + check(r),
    }
}

fn main() {
    let max_depth = 17;
    let long = make(max_depth);
    let mut depth = 4;
    while depth <= max_depth {
        let iterations = 1 << (max_depth - depth + 4) >> 4;
        let mut total = 0;
        for _ in 0..iterations {
            total += check(&make(depth));
        }
        println!("{} trees of depth {} check: {}", iterations, depth, total);
        depth += 2;
    }
    println!("long lived tree of depth {} check: {}", max_depth, check(&long));
}
