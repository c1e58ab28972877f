// The cursor loops rustc accepts: each iteration's borrow of `*cur` is killed when `cur` is
// reassigned, and the path that leaves the loop made none.
struct Node {
    val: i32,
    next: Option<Box<Node>>,
}

fn append(list: &mut Option<Box<Node>>, v: i32) {
    let mut cur = list;
    loop {
        match cur {
            Some(n) => cur = &mut n.next,
            None => break,
        }
    }
    *cur = Some(Box::new(Node { val: v, next: None }));
}

fn append_while_let(list: &mut Option<Box<Node>>, v: i32) {
    let mut cur = list;
    while let Some(n) = cur {
        cur = &mut n.next;
    }
    *cur = Some(Box::new(Node { val: v, next: None }));
}

fn sum(list: &Option<Box<Node>>) -> i32 {
    let mut total = 0;
    let mut cur = list;
    while let Some(n) = cur {
        total += n.val;
        cur = &n.next;
    }
    total
}

fn main() {
    let mut l = None;
    append(&mut l, 1);
    append_while_let(&mut l, 2);
    append(&mut l, 3);
    println!("{}", sum(&l));
}
