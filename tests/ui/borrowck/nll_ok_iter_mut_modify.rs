// Modifying elements through `iter_mut` and `for x in &mut v`.
#[derive(Debug)]
struct Item {
    name: String,
    qty: u32,
}

fn main() {
    let mut stock = vec![
        Item { name: "nut".into(), qty: 3 },
        Item { name: "bolt".into(), qty: 0 },
    ];
    for it in stock.iter_mut() {
        it.qty += 10;
    }
    for it in &mut stock {
        it.name.push('s');
    }
    println!("{:?}", stock);
}
