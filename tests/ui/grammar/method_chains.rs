// Long method-call chains over iterators and strings, with chains broken over
// lines, methods on literals, and calls on the results of calls.

#[derive(Debug, Clone)]
struct Sale {
    region: &'static str,
    product: &'static str,
    units: u32,
    price: f64,
}

fn main() {
    let sales = vec![
        Sale { region: "north", product: "widget", units: 12, price: 2.5 },
        Sale { region: "south", product: "gadget", units: 3, price: 10.0 },
        Sale { region: "north", product: "gadget", units: 7, price: 9.5 },
        Sale { region: "east", product: "widget", units: 20, price: 2.25 },
        Sale { region: "south", product: "doohickey", units: 1, price: 99.99 },
        Sale { region: "east", product: "gadget", units: 4, price: 10.5 },
    ];

    let revenue: f64 = sales.iter().map(|s| s.units as f64 * s.price).sum();
    println!("revenue {:.2}", revenue);

    let top_products = sales
        .iter()
        .filter(|s| s.units >= 4)
        .map(|s| (s.product, s.units))
        .fold(Vec::<(&str, u32)>::new(), |mut acc, (p, u)| {
            match acc.iter_mut().find(|(name, _)| *name == p) {
                Some(entry) => entry.1 += u,
                None => acc.push((p, u)),
            }
            acc
        });
    println!("units by product (>= 4 per sale): {:?}", top_products);

    let mut regions: Vec<&str> = sales.iter().map(|s| s.region).collect();
    regions.sort_unstable();
    regions.dedup();
    println!("regions: {}", regions.join("/"));

    let best = sales
        .iter()
        .max_by(|a, b| (a.units as f64 * a.price).partial_cmp(&(b.units as f64 * b.price)).unwrap())
        .map(|s| format!("{} in {}", s.product, s.region))
        .unwrap_or_default();
    println!("best sale: {}", best);

    let sentence = "  The Quick brown FOX jumps  ";
    let cleaned = sentence.trim().to_lowercase().split(' ').rev().collect::<Vec<_>>().join(" ");
    println!("cleaned: {:?}", cleaned);

    let acronym: String = "portable network graphics".split_whitespace().filter_map(|w| w.chars().next()).map(|c| c.to_ascii_uppercase()).collect();
    println!("acronym: {}", acronym);

    // methods directly on literals
    println!("{}", 3.7_f64.floor().powi(2).sqrt());
    println!("{}", (-8i32).abs().pow(2).to_string().len());
    println!("{}", "abc".repeat(2).to_uppercase().chars().rev().collect::<String>());
    println!("{:?}", 'x'.to_uppercase().next());
    println!("{}", 255u8.count_ones() + 1u8.leading_zeros());

    let positions = sales.iter().enumerate().skip(1).step_by(2).map(|(i, s)| format!("{}:{}", i, s.product)).collect::<Vec<_>>();
    println!("odd positions: {:?}", positions);
    let any_big = sales.iter().any(|s| s.price > 50.0);
    let all_pos = sales.iter().all(|s| s.units > 0);
    let position = sales.iter().position(|s| s.region == "east");
    println!("any big {} all positive {} first east {:?}", any_big, all_pos, position);
    let (cheap, pricey): (Vec<Sale>, Vec<Sale>) = sales.into_iter().partition(|s| s.price < 5.0);
    println!("cheap {} pricey {}", cheap.len(), pricey.len());
}
