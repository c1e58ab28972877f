// Blocks, if and match are expressions: they produce values that can be bound,
// passed as arguments, and nested.

#[derive(Debug)]
struct Invoice {
    customer: String,
    lines: Vec<(String, u32, u32)>,
}

fn tax_rate(region: &str) -> u32 {
    match region {
        "north" => 8,
        "south" => 6,
        _ => 10,
    }
}

fn main() {
    let invoice = Invoice {
        customer: String::from("Acme"),
        lines: vec![
            ("bolts".to_string(), 120, 5),
            ("nuts".to_string(), 80, 12),
            ("gears".to_string(), 1500, 2),
        ],
    };

    let subtotal = {
        let mut sum = 0;
        for (_, price, qty) in &invoice.lines {
            sum += price * qty;
        }
        sum
    };
    println!("subtotal: {}", subtotal);

    let region = "south";
    let tax = subtotal * tax_rate(region) / 100;
    let shipping = if subtotal > 3000 { 0 } else if subtotal > 1000 { 250 } else { 500 };
    let total = subtotal + tax + shipping;
    println!("tax: {}, shipping: {}, total: {}", tax, shipping, total);

    let size = match invoice.lines.len() {
        0 => "empty",
        1..=2 => "small",
        _ => "large",
    };
    println!("{} has a {} invoice", invoice.customer, size);

    // blocks as function arguments
    println!(
        "max line: {}",
        {
            let mut best = &invoice.lines[0];
            for line in &invoice.lines {
                if line.1 * line.2 > best.1 * best.2 {
                    best = line;
                }
            }
            best.0.clone()
        }
    );

    // unit-valued block
    let nothing = {
        let _temp = 5;
    };
    println!("unit block: {:?}", nothing);

    // nested block expressions
    let code = {
        let base = { 7 * 6 };
        let offset = if base % 2 == 0 { { base / 2 } } else { 0 };
        base + offset
    };
    println!("code: {}", code);

    // if-else as an operand
    let n = 17;
    let parity_bonus = 10 + if n % 2 == 0 { 1 } else { 2 } * 3;
    println!("parity bonus: {}", parity_bonus);
    let m = match n % 3 { 0 => 100, r => r } + 1;
    println!("m: {}", m);
    let descr = format!("{}-{}", if n > 10 { "big" } else { "small" }, match n { 17 => "prime", _ => "other" });
    println!("{}", descr);
    println!("{:?}", invoice.lines.iter().map(|l| l.0.as_str()).collect::<Vec<_>>());
}
