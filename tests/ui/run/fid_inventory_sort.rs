use std::cmp::Ordering;
use std::collections::BTreeMap;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Category { Tool, Food, Toy }

#[derive(Debug, Clone)]
struct Item {
    name: String,
    cat: Category,
    price_cents: u32,
    qty: i32,
}

impl fmt::Display for Item {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let dollars = format!("${}.{:02}", self.price_cents / 100, self.price_cents % 100);
        if f.alternate() {
            write!(f, "{} [{:?}]", self.name, self.cat)
        } else {
            write!(f, "{:<10}{:>8}{:>5}", self.name, dollars, self.qty)
        }
    }
}

struct Money(i64);

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let s = format!("{}{}.{:02}", sign, self.0.abs() / 100, self.0.abs() % 100);
        f.pad(&s)
    }
}

fn main() {
    let mut inv = vec![
        Item { name: "hammer".into(), cat: Category::Tool, price_cents: 1299, qty: 4 },
        Item { name: "apple".into(), cat: Category::Food, price_cents: 45, qty: 120 },
        Item { name: "yoyo".into(), cat: Category::Toy, price_cents: 350, qty: 0 },
        Item { name: "wrench".into(), cat: Category::Tool, price_cents: 899, qty: 7 },
        Item { name: "bread".into(), cat: Category::Food, price_cents: 299, qty: 12 },
        Item { name: "kite".into(), cat: Category::Toy, price_cents: 1299, qty: 2 },
    ];
    inv.sort_by(|a, b| a.cat.cmp(&b.cat).then_with(|| b.price_cents.cmp(&a.price_cents)).then(a.name.cmp(&b.name)));
    for it in &inv { println!("{}", it); }
    inv.sort_by_key(|it| (std::cmp::Reverse(it.qty), it.name.clone()));
    println!("{}", inv.iter().map(|i| format!("{:#}", i)).collect::<Vec<_>>().join("; "));
    inv.sort_unstable_by(|a, b| match (a.qty == 0, b.qty == 0) {
        (true, false) => Ordering::Greater,
        (false, true) => Ordering::Less,
        _ => a.name.len().cmp(&b.name.len()).then_with(|| a.name.cmp(&b.name)),
    });
    println!("{:?}", inv.iter().map(|i| i.name.as_str()).collect::<Vec<_>>());
    let mut by_cat: BTreeMap<Category, (i32, u64)> = BTreeMap::new();
    for it in &inv {
        let e = by_cat.entry(it.cat).or_insert((0, 0));
        e.0 += it.qty;
        e.1 += it.price_cents as u64 * it.qty.max(0) as u64;
    }
    for (cat, (q, v)) in &by_cat {
        println!("{:<6}|{:>5}|{:>10}|{:<10}|{:^10}|", format!("{:?}", cat), q, Money(*v as i64), Money(-(*v as i64) / 3), Money(5));
    }
    let restock: Vec<_> = inv.iter_mut().filter(|i| i.qty < 5).map(|i| { i.qty += 10; &i.name }).collect();
    println!("restocked {:?}", restock);
    let cheapest = inv.iter().min_by_key(|i| i.price_cents).unwrap();
    let priciest = inv.iter().max_by_key(|i| i.price_cents).unwrap();
    println!("{:#} .. {:#}", cheapest, priciest);
    println!("{:?}", inv.binary_search_by_key(&"zzz", |i| i.name.as_str()).is_err());
    let mut names: Vec<String> = inv.iter().map(|i| i.name.to_uppercase()).collect();
    names.sort();
    names.dedup_by_key(|n| n.len());
    println!("{:?}", names);
    let total: u64 = inv.iter().map(|i| i.price_cents as u64 * i.qty as u64).sum();
    println!("total {:>12}", Money(total as i64));
    println!("[{:>+8}] [{:<08}]", Money(12345), Money(-7));
}
