use std::collections::HashMap;

#[derive(Debug)]
struct Item {
    name: String,
    qty: u32,
}

#[derive(Debug, PartialEq, Eq)]
struct Key {
    id: u32,
}

fn total(items: &[Item]) -> u32 {
    let mut sum = 0;
    for it in items {
        sum += it.qty;
    }
    sum as u64
}

fn greet(name: String) -> String {
    let greeting = "Hello, " + name;
    greeting
}

fn pick(flag: bool) -> i32 {
    let v = if flag { 1 } else { "zero" };
    v
}

fn main() {
    let items = vec![Item { name: "a".into(), qty: 2 }];
    let idx: i32 = 0;
    println!("{}", items[idx].name);
    for i in 5 {
        println!("{}", i);
    }
    let doubled = items.map(|it| it.qty * 2);
    let mut counts: HashMap<Key, u32> = HashMap::new();
    counts.insert(Key { id: 1 }, 1);
    if items[0] == items[0] {
        println!("same");
    }
    let n = 5;
    let r = *n;
    let parsed = "5".parse().unwrap();
    println!("{} {} {:?} {} {}", total(&items), greet("x".into()), doubled, pick(true), r);
    let _ = parsed;
}
