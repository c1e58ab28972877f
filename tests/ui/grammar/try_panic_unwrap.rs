// A lookup table that panics when unwrapping a missing entry (exit code 101).

struct Catalog {
    items: Vec<(u32, &'static str, u32)>,
}

impl Catalog {
    fn find(&self, sku: u32) -> Option<&(u32, &'static str, u32)> {
        self.items.iter().find(|item| item.0 == sku)
    }

    fn price_of(&self, sku: u32) -> Option<u32> {
        let item = self.find(sku)?;
        Some(item.2)
    }
}

fn order_total(catalog: &Catalog, order: &[(u32, u32)]) -> u32 {
    let mut total = 0;
    for &(sku, qty) in order {
        let price = catalog.price_of(sku).unwrap();
        println!("  sku {} x{} @ {}", sku, qty, price);
        total += price * qty;
    }
    total
}

fn main() {
    let catalog = Catalog {
        items: vec![(100, "pencil", 25), (200, "notebook", 180), (300, "eraser", 40)],
    };
    for sku in [100, 300] {
        let (_, name, _) = catalog.find(sku).unwrap();
        println!("sku {} is {}", sku, name);
    }
    println!("order 1:");
    let t1 = order_total(&catalog, &[(100, 4), (200, 1)]);
    println!("total {}", t1);
    println!("order 2:");
    let t2 = order_total(&catalog, &[(300, 2), (999, 1), (100, 1)]);
    println!("total {}", t2);
}
