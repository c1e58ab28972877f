// Walking a linked list with a `&mut Option<Box<Node>>` cursor to append at the tail.
struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

fn push_back(head: &mut Option<Box<Node>>, value: i32) {
    let mut cursor = head;
    while let Some(node) = cursor {
        cursor = &mut node.next;
    }
    *cursor = Some(Box::new(Node { value, next: None }));
}

fn main() {
    let mut list = None;
    for v in [3, 1, 4, 1, 5] {
        push_back(&mut list, v);
    }
    let mut cur = &list;
    let mut out = Vec::new();
    while let Some(n) = cur {
        out.push(n.value);
        cur = &n.next;
    }
    println!("{:?}", out);
}
