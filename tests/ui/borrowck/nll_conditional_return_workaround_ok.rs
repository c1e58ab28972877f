// NLL rejects returning a borrow on one path and mutating on the other (the borrow is for
// the signature's lifetime); looking up again after the check is the usual fix.
use std::collections::HashMap;

fn get_or_insert<'m>(map: &'m mut HashMap<u32, String>, k: u32) -> &'m String {
    if map.contains_key(&k) {
        return map.get(&k).unwrap();
    }
    map.insert(k, format!("#{k}"));
    map.get(&k).unwrap()
}

fn first_even(v: &mut Vec<i32>) -> &mut i32 {
    if let Some(i) = v.iter().position(|x| x % 2 == 0) {
        return &mut v[i];
    }
    v.push(0);
    v.last_mut().unwrap()
}

struct Node {
    val: i32,
    next: Option<Box<Node>>,
}

fn last(mut cur: &mut Node) -> &mut Node {
    while cur.next.is_some() {
        cur = cur.next.as_mut().unwrap();
    }
    cur
}

fn main() {
    let mut m = HashMap::new();
    println!("{}", get_or_insert(&mut m, 1));
    println!("{}", get_or_insert(&mut m, 1));
    let mut v = vec![1, 3];
    *first_even(&mut v) += 5;
    *first_even(&mut v) += 1;
    println!("{v:?}");
    let mut n = Node { val: 1, next: Some(Box::new(Node { val: 2, next: None })) };
    last(&mut n).val = 9;
    println!("{} {}", n.val, n.next.as_ref().unwrap().val);
}
