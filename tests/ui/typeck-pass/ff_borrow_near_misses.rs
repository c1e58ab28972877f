// Borrow patterns that look risky but the borrow checker accepts (NLL, two-phase
// borrows, disjoint captures, reborrows, match ergonomics).
use std::collections::HashMap;

struct Inventory {
    items: Vec<String>,
    counts: HashMap<String, u32>,
    total: u32,
}

impl Inventory {
    fn add(&mut self, name: &str) {
        let entry = self.counts.entry(name.to_string()).or_insert(0);
        *entry += 1;
        self.total += 1;
        if !self.items.iter().any(|i| i == name) {
            self.items.push(name.to_string());
        }
    }

    fn first_mut(&mut self) -> Option<&mut String> {
        self.items.first_mut()
    }
}

fn bump(x: &mut i32) {
    *x += 1;
}

fn main() {
    let mut v = vec![1, 2, 3];
    v.push(v.len() as i32);
    let last = v[v.len() - 1];
    v.push(last);

    let mut inv = Inventory { items: Vec::new(), counts: HashMap::new(), total: 0 };
    inv.add("apple");
    inv.add("pear");
    inv.add("apple");
    if let Some(first) = inv.first_mut() {
        first.push('!');
    }
    let r = &mut inv.total;
    *r += 10;
    let count_items = || inv.items.len();
    let n = count_items();
    inv.counts.insert("kiwi".into(), n as u32);

    let mut x = 5;
    let rx = &mut x;
    bump(rx);
    bump(rx);
    println!("{}", x);

    let pairs = vec![(1, "one".to_string()), (2, "two".to_string())];
    for (n, name) in &pairs {
        println!("{} {}", n, name.len());
    }
    let mut map: HashMap<&str, Vec<i32>> = HashMap::new();
    match map.get_mut("a") {
        Some(list) => list.push(1),
        None => {
            map.insert("a", vec![1]);
        }
    }
    let longest = {
        let a = &pairs[0].1;
        let b = &pairs[1].1;
        if a.len() >= b.len() { a } else { b }
    };
    println!("{:?} {} {} {:?} {}", v, inv.total, inv.items.join(","), map, longest);
}
