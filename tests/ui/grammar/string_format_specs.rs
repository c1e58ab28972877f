// println!/format! argument forms (positional, indexed, named, inline
// captured identifiers) and format specs (width, fill, alignment, sign,
// precision, radix, `#`, `0`, `$` parameters, Debug and pretty Debug).

#[derive(Debug)]
struct Item {
    name: &'static str,
    qty: u32,
    price: f64,
}

fn main() {
    let name = "ferric";
    let version = (0, 3, 1);
    println!("{} {}", "positional", 1);
    println!("{0} {1} {0}", "a", "b");
    println!("{greeting}, {who}!", greeting = "Hello", who = "world");
    println!("{name} v{}.{}.{}", version.0, version.1, version.2);
    println!("{name:?} has {len} bytes", len = name.len());
    println!("{0:>8}|{0:<8}|{0:^8}|", name);
    println!("{:*^20}", " centered ");
    println!("{:-<12}{:->12}", "left", "right");
    println!("[{:5}] [{:<5}] [{:>5}] [{:^5}]", 42, 42, 42, 42);
    println!("[{:05}] [{:+}] [{:+05}] [{:<+6}]", 42, 42, -42, 7);
    println!("{:.3} {:10.2} {:<10.1}| {:+.0}", 3.14159, 2.71828, 1.41421, 9.5);
    println!("{:e} {:E} {:.2e}", 1234.5, 0.00012, 6.02e23);
    println!("{:x} {:X} {:#x} {:o} {:#o} {:b} {:#b}", 255, 255, 255, 8, 8, 5, 5);
    println!("{:#010x} {:08b} {:#06b}", 0xbeef, 19, 3);

    // width and precision from arguments
    let width = 10;
    let prec = 2;
    println!("[{:>width$}]", "dyn");
    println!("[{:>1$}]", "idx", 6);
    println!("[{:.*}]", 3, 1.0 / 7.0);
    println!("[{:>width$.prec$}]", 2.0f64.sqrt());
    println!("[{:^w$.p$}]", 12.3456, w = 11, p = 1);
    println!("[{0:>1$.2$}]", 9.87654, 8, 3);

    // Debug and pretty Debug
    let item = Item { name: "bolt", qty: 12, price: 0.25 };
    println!("{:?}", item);
    println!("{:#?}", item);
    println!("{:?} {:?} {:?}", "quoted\n", 'c', Some(vec![1, 2]));
    println!("{:>12?}|{:<8?}|", Some(1), 'x');
    println!("{:6.2?}", 1.0);

    // a formatted invoice table
    let items = [
        Item { name: "bolt", qty: 12, price: 0.25 },
        Item { name: "hinge", qty: 3, price: 4.5 },
        Item { name: "sprocket", qty: 1, price: 19.99 },
    ];
    println!("{:<10}|{:>5}|{:>8}|{:>9}", "item", "qty", "price", "total");
    println!("{:-<10}+{:-<5}+{:-<8}+{:-<9}", "", "", "", "");
    let mut grand = 0.0;
    for Item { name, qty, price } in &items {
        let total = *qty as f64 * price;
        grand += total;
        println!("{name:<10}|{qty:>5}|{price:>8.2}|{total:>9.2}");
    }
    println!("{:>35.2}", grand);
    let s = format!("{}-{:03}-{}", "ID", 7, true);
    print!("{s}\n");
    eprintln!("this goes to stderr");
    println!("{{escaped}} {}{{", "x");
}
