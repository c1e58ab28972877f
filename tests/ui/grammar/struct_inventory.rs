// An inventory of named structs with derived traits and methods.

#[derive(Debug, Clone, PartialEq)]
struct Item {
    sku: u32,
    name: String,
    qty: u32,
    price_cents: u64,
}

#[derive(Debug, Default)]
struct Inventory {
    items: Vec<Item>,
    next_sku: u32,
}

impl Inventory {
    fn add(&mut self, name: &str, qty: u32, price_cents: u64) -> u32 {
        self.next_sku += 1;
        let sku = self.next_sku;
        self.items.push(Item { sku, name: name.to_string(), qty, price_cents });
        sku
    }

    fn find_mut(&mut self, sku: u32) -> Option<&mut Item> {
        self.items.iter_mut().find(|i| i.sku == sku)
    }

    fn remove_stock(&mut self, sku: u32, n: u32) -> Result<u32, String> {
        let item = self.find_mut(sku).ok_or(format!("no sku {}", sku))?;
        if item.qty < n {
            return Err(format!("only {} {} left", item.qty, item.name));
        }
        item.qty -= n;
        Ok(item.qty)
    }

    fn value(&self) -> u64 {
        self.items.iter().map(|i| i.qty as u64 * i.price_cents).sum()
    }

    fn low_stock(&self, threshold: u32) -> Vec<&str> {
        self.items
            .iter()
            .filter(|i| i.qty <= threshold)
            .map(|i| i.name.as_str())
            .collect()
    }
}

fn main() {
    let mut inv = Inventory::default();
    let bolts = inv.add("bolt", 120, 15);
    let nuts = inv.add("nut", 8, 5);
    let gear = inv.add("gear", 3, 1250);
    println!("skus: {} {} {}", bolts, nuts, gear);
    println!("value: ${}.{:02}", inv.value() / 100, inv.value() % 100);

    for (sku, n) in [(bolts, 20), (gear, 5), (nuts, 8), (99, 1)] {
        match inv.remove_stock(sku, n) {
            Ok(left) => println!("took {} of sku {}, {} left", n, sku, left),
            Err(e) => println!("error: {}", e),
        }
    }

    println!("low stock: {:?}", inv.low_stock(5));
    let snapshot = inv.items[0].clone();
    println!("{:?}", snapshot);
    println!("equal to stored: {}", snapshot == inv.items[0]);
    println!("next sku will be {}", inv.next_sku + 1);
}
