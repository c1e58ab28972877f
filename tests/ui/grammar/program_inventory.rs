// A warehouse inventory simulation: orders arrive each day, stock is
// reserved with priority rules, reorders trigger below thresholds, and a
// daily report is printed. Uses structs, enums, match, closures and sorting.

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Priority {
    Express,
    Standard,
    Bulk,
}

#[derive(Debug)]
struct Order {
    id: u32,
    sku: usize,
    qty: u32,
    priority: Priority,
}

struct Product {
    name: &'static str,
    stock: u32,
    reorder_at: u32,
    reorder_qty: u32,
    pending: u32,
}

fn main() {
    let mut products = vec![
        Product { name: "bolt", stock: 50, reorder_at: 20, reorder_qty: 60, pending: 0 },
        Product { name: "gear", stock: 12, reorder_at: 5, reorder_qty: 15, pending: 0 },
        Product { name: "belt", stock: 4, reorder_at: 3, reorder_qty: 6, pending: 0 },
    ];
    let mut next_id = 100;
    let mut make = |sku: usize, qty: u32, priority: Priority| {
        next_id += 1;
        Order { id: next_id, sku, qty, priority }
    };
    let days: Vec<Vec<Order>> = vec![
        vec![make(0, 20, Priority::Standard), make(1, 5, Priority::Express), make(0, 25, Priority::Bulk)],
        vec![make(2, 3, Priority::Standard), make(1, 9, Priority::Bulk), make(0, 10, Priority::Express)],
        vec![make(2, 4, Priority::Express), make(1, 2, Priority::Standard)],
        vec![make(0, 30, Priority::Standard), make(2, 1, Priority::Bulk)],
    ];

    let mut backlog: Vec<Order> = Vec::new();
    for (day, incoming) in days.into_iter().enumerate() {
        // deliveries from yesterday's reorders arrive first
        for p in products.iter_mut().filter(|p| p.pending > 0) {
            p.stock += p.pending;
            println!("day {} delivery: {} +{}", day + 1, p.name, p.pending);
            p.pending = 0;
        }
        backlog.extend(incoming);
        backlog.sort_by_key(|o| (o.priority, o.id));
        let mut unfilled = Vec::new();
        for order in backlog.drain(..) {
            let p = &mut products[order.sku];
            if p.stock >= order.qty {
                p.stock -= order.qty;
                println!("day {} filled #{} {:?} {} x{}", day + 1, order.id, order.priority, p.name, order.qty);
            } else {
                println!("day {} short  #{} {} needs {} has {}", day + 1, order.id, p.name, order.qty, p.stock);
                unfilled.push(order);
            }
        }
        backlog = unfilled;
        for p in products.iter_mut() {
            if p.stock <= p.reorder_at && p.pending == 0 {
                p.pending = p.reorder_qty;
                println!("day {} reorder {} x{}", day + 1, p.name, p.reorder_qty);
            }
        }
        let summary: Vec<String> = products.iter().map(|p| format!("{}={}", p.name, p.stock)).collect();
        println!("day {} stock [{}] backlog {}", day + 1, summary.join(", "), backlog.len());
    }
    let waiting: Vec<u32> = backlog.iter().map(|o| o.id).collect();
    println!("still waiting: {:?}", waiting);
}
