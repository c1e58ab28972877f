// NLL's regions hold at every point: a borrow that reaches a reassigned cursor (`cur = &mut
// n.next`) stays live wherever the cursor is, on every path from where it was made. rustc
// rejects these loops ("problem case #3"); the variants rustc accepts are in
// typeck-pass/dfz_nll_problem_case_3_accepted.rs.
struct Node {
    val: i32,
    next: Option<Box<Node>>,
}

// The borrow of `*cur` made by `as_mut()` in the last iteration is still live at `*cur = ..`.
fn append_as_mut(list: &mut Option<Box<Node>>, v: i32) {
    let mut cur = list;
    while let Some(n) = cur.as_mut() {
        cur = &mut n.next;
    }
    *cur = Some(Box::new(Node { val: v, next: None }));
}

// Leaving the loop by `break` keeps the iteration's borrow in `n`.
fn truncate_at(list: &mut Option<Box<Node>>, v: i32) {
    let mut cur = list;
    while let Some(n) = cur {
        if n.val == v {
            break;
        }
        cur = &mut n.next;
    }
    *cur = None;
}

// A guard that fails leaves the arm's `&mut` binding made: returning `cur` conflicts.
fn last_positive(list: &mut Option<Box<Node>>) -> &mut Option<Box<Node>> {
    let mut cur = list;
    loop {
        match cur {
            Some(n) if n.val > 0 => cur = &mut n.next,
            _ => return cur,
        }
    }
}

fn main() {
    let mut l = None;
    append_as_mut(&mut l, 1);
    truncate_at(&mut l, 1);
    let _ = last_positive(&mut l);
}
