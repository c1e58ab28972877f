use std::collections::BTreeMap;
use std::fmt::{self, Display};
use std::num::NonZeroU32;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Category { Tools, Food, Toys }

#[derive(Debug, Clone)]
struct Item {
    sku: NonZeroU32,
    name: String,
    cat: Category,
    qty: i64,
    price_cents: i64,
}

struct Line<'a>(&'a Item);

impl Display for Line<'_> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let it = self.0;
        write!(f, "#{:<4} {:<12} {:>4} x {:>7.2}", it.sku, it.name, it.qty, it.price_cents as f64 / 100.0)
    }
}

struct Inventory {
    items: Vec<Item>,
}

impl Inventory {
    fn lines(&self) -> impl Iterator<Item = impl Display + '_> + '_ {
        self.items.iter().map(Line)
    }
    fn low_stock(&self, below: i64) -> impl Iterator<Item = &Item> + '_ {
        self.items.iter().filter(move |i| i.qty < below)
    }
    fn by_category(&self) -> BTreeMap<Category, Vec<&str>> {
        let mut m: BTreeMap<Category, Vec<&str>> = BTreeMap::new();
        for it in &self.items {
            m.entry(it.cat).or_default().push(&it.name);
        }
        m
    }
    fn value_per_category(&self) -> impl Iterator<Item = (Category, impl Display)> {
        let mut totals: BTreeMap<Category, i64> = BTreeMap::new();
        for it in &self.items {
            *totals.entry(it.cat).or_insert(0) += it.qty * it.price_cents;
        }
        totals.into_iter().map(|(c, v)| (c, format!("{}.{:02}", v / 100, v % 100)))
    }
    fn find(&self, sku: u32) -> Option<&Item> {
        let sku = NonZeroU32::new(sku)?;
        self.items.iter().find(|i| i.sku == sku)
    }
}

fn main() {
    let raw = "1,hammer,Tools,12,1599\n2,apple,Food,250,45\n7,yo-yo,Toys,3,299\n9,wrench,Tools,0,2250\n12,bread,Food,18,325";
    let items: Vec<Item> = raw
        .lines()
        .map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            Item {
                sku: f[0].parse().expect("sku"),
                name: f[1].to_string(),
                cat: match f[2] { "Tools" => Category::Tools, "Food" => Category::Food, _ => Category::Toys },
                qty: f[3].parse().unwrap(),
                price_cents: f[4].parse().unwrap(),
            }
        })
        .collect();
    let inv = Inventory { items };
    for l in inv.lines() {
        println!("{}", l);
    }
    let quantities: Vec<i64> = inv.items.iter().map(|i| i.qty).collect();
    let mut total = 0;
    for q in &quantities {
        total += q;
    }
    println!("units {} (max digits {})", total, total.to_string().len());
    let mut value = 0;
    for it in inv.items.iter() {
        value += &(it.qty * it.price_cents);
    }
    println!("value {}.{:02}", value / 100, value % 100);
    println!("low: {:?}", inv.low_stock(10).map(|i| i.name.as_str()).collect::<Vec<_>>());
    println!("{:?}", inv.by_category());
    for (c, v) in inv.value_per_category() {
        println!("{:?}: {}", c, v);
    }
    println!("{:?}", inv.find(7).map(|i| &i.name));
    println!("{:?} {:?}", inv.find(0).is_none(), inv.find(8));
    println!("sizes {} {}", std::mem::size_of::<Option<NonZeroU32>>(), std::mem::size_of::<Option<u32>>());
    let bad: Result<NonZeroU32, _> = "0".parse::<NonZeroU32>();
    println!("{:?}", bad.map_err(|e| e.to_string()));
    let diffs: Vec<i64> = quantities.windows(2).map(|w| (w[1] - w[0]).abs()).collect();
    println!("{:?} {}", diffs, diffs.iter().map(|d| d % 7).max().unwrap());
}
