// `@` bindings: `n @ 1..=9`, binding whole sub-patterns, `@` with or-patterns
// and slices, plus a receipt tokenizer that classifies values.

#[derive(Debug)]
enum Item {
    Qty(u32),
    Price(u32),
    Code(String),
}

fn classify(n: i64) -> String {
    match n {
        i64::MIN..=-1 => format!("negative {}", n),
        0 => "zero".to_string(),
        d @ 1..=9 => format!("digit {}", d),
        t @ (10 | 20 | 30 | 40 | 50 | 60 | 70 | 80 | 90) => format!("round tens {}", t),
        n @ 11..=99 => format!("two digits {} (tens {})", n, n / 10),
        big @ 100.. => format!("large {} with {} digits", big, big.to_string().len()),
    }
}

fn describe_item(item: &Item) -> String {
    match item {
        Item::Qty(q @ 0) => format!("empty quantity {}", q),
        Item::Qty(q @ 1..=5) => format!("small quantity {}", q),
        Item::Qty(q) => format!("bulk quantity {}", q),
        Item::Price(p @ 0..=99) => format!("{} cents", p),
        Item::Price(p) => format!("${}.{:02}", p / 100, p % 100),
        whole @ Item::Code(c) if c.len() > 4 => format!("long code in {:?}", whole),
        Item::Code(c) => format!("code {}", c),
    }
}

fn summarize(values: &[i32]) -> String {
    match values {
        [] => "nothing".into(),
        [one] => format!("just {}", one),
        all @ [first, .., last] if first == last => format!("{} values bracketed by {}", all.len(), first),
        [first, middle @ .., last] => format!("{} .. {:?} .. {}", first, middle, last),
    }
}

fn main() {
    for n in [-5, 0, 7, 30, 42, 99, 100, 123456] {
        println!("{:>7}: {}", n, classify(n));
    }
    let items = [
        Item::Qty(0),
        Item::Qty(3),
        Item::Qty(48),
        Item::Price(75),
        Item::Price(1999),
        Item::Code("AB12".into()),
        Item::Code("XYZ-987".into()),
    ];
    for it in &items {
        println!("{}", describe_item(it));
    }
    for v in [&[][..], &[4], &[7, 1, 7], &[1, 2, 3, 4]] {
        println!("{}", summarize(v));
    }

    // bindings inside nested structures
    let point = (3, (4, -2));
    if let (x @ 1..=5, inner @ (_, y @ ..=0)) = point {
        println!("x {} inner {:?} y {}", x, inner, y);
    }
    let msg = Some(String::from("hello"));
    if let Some(ref s @ _) = msg {
        println!("borrowed binding {} (len {})", s, s.len());
    }
    println!("msg still owned: {:?}", msg);
}
