// flat_map, flatten over Option and nested Vec, chain of different iterator types.
#[derive(Debug)]
struct Order {
    id: u32,
    items: Vec<(&'static str, u32)>,
    coupon: Option<&'static str>,
}

fn main() {
    let orders = vec![
        Order { id: 1, items: vec![("apple", 3), ("pear", 1)], coupon: Some("SPRING") },
        Order { id: 2, items: vec![], coupon: None },
        Order { id: 3, items: vec![("fig", 12)], coupon: Some("VIP") },
    ];

    let all_items: Vec<&str> = orders.iter().flat_map(|o| o.items.iter().map(|(n, _)| *n)).collect();
    println!("{:?}", all_items);

    let coupons: Vec<&str> = orders.iter().filter_map(|o| o.coupon).collect();
    println!("{:?}", coupons);

    let coupons2: Vec<&str> = orders.iter().map(|o| o.coupon).flatten().collect();
    println!("{}", coupons == coupons2);

    let quantity: u32 = orders.iter().flat_map(|o| &o.items).map(|&(_, q)| q).sum();
    println!("total quantity {}", quantity);

    let grid = vec![vec![1, 2, 3], vec![4, 5], vec![6]];
    let flat: Vec<i32> = grid.into_iter().flatten().collect();
    println!("{:?}", flat);

    let header = std::iter::once("id");
    let ids = orders.iter().map(|o| if o.id == 2 { "two" } else { "other" });
    let footer = ["end"].into_iter();
    let lines: Vec<&str> = header.chain(ids).chain(footer).collect();
    println!("{:?}", lines);

    let words = "a quick brown fox";
    let chars: String = words.split(' ').flat_map(|w| w.chars().rev()).collect();
    println!("{}", chars);

    let maybe_numbers = vec![Some(1), None, Some(5)];
    let total: i32 = maybe_numbers.iter().flatten().sum();
    println!("{}", total);

    let repeated: Vec<u8> = (1..=3u8).flat_map(|n| std::iter::repeat(n).take(n as usize)).collect();
    println!("{:?}", repeated);

    for o in orders.iter().filter(|o| !o.items.is_empty()) {
        println!("{:?}", o);
    }
}
