// Statement forms: let with and without type annotations and initialisers,
// expression statements, item statements inside blocks, empty statements
// `;`, and semicolon rules for block-like expressions.

#[derive(Debug, Default)]
struct Totals {
    count: u32,
    sum: i64,
}

fn main() {
    let a;
    let b: i32;
    let c = 3;
    let d: u64 = 4;
    let _ = "discarded";
    let (e, f): (char, &str) = ('e', "f");
    a = 1;
    b = 2;
    println!("{} {} {} {} {} {}", a, b, c, d, e, f);

    ;;; // empty statements are allowed
    let g = {
        ;
        5
    };
    println!("g = {}", g);

    // items declared inside a function body
    fn helper(n: i64) -> i64 {
        n * n - 1
    }
    struct Local(i64);
    const LIMIT: i64 = 4;
    static GREETING: &str = "local static";
    enum Mode {
        Add,
        Skip,
    }
    use std::collections::BTreeMap as Map;

    let mut totals = Totals::default();
    let mut seen: Map<i64, Mode> = Map::new();
    for n in 0..=LIMIT * 2 {
        let mode = if n % 3 == 0 { Mode::Skip } else { Mode::Add };
        if let Mode::Add = mode {
            totals.count += 1;
            totals.sum += helper(n);
        }
        seen.insert(n, mode);
    }
    let skipped = seen.values().filter(|m| matches!(m, Mode::Skip)).count();
    println!("{:?} skipped {} {}", totals, skipped, GREETING);
    let wrapped = Local(totals.sum);
    println!("wrapped {}", wrapped.0);

    // expression statements: the value is discarded
    totals.count + 1;
    helper(3);
    "string literal statement";
    println!("after expression statements: {}", totals.count);

    // block-like expressions of unit type need no semicolon...
    if totals.count > 3 {
        println!("many");
    }
    // ...but non-unit ones used as statements do
    let _ = if totals.count > 3 { 1 } else { 2 };
    match totals.sum {
        s if s > 100 => println!("large sum {}", s),
        s => println!("small sum {}", s),
    }

    // let with an else-less refutable pattern is not allowed, but irrefutable patterns are fine
    let Totals { count, sum } = totals;
    println!("count {} sum {}", count, sum);

    // uninitialised declaration assigned in a loop exit path
    let found: Option<i64>;
    let mut i = 0;
    loop {
        if helper(i) > 50 {
            found = Some(i);
            break;
        }
        i += 1;
    }
    println!("first i with i*i-1 > 50: {:?}", found);
    let last_stmt_value = {
        let x = 7;
        x * 6
    };
    println!("{}", last_stmt_value)
}
