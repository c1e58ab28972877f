// `x as T < y` would be parsed as the start of generic arguments `T<y`, so a
// cast followed by `<` or `<<` must be parenthesised. `>` and other operators
// are fine without parentheses.

fn within_budget(spent: u32, budget: i64) -> bool {
    (spent as i64) < budget
}

fn main() {
    let a: u8 = 200;
    let b: i32 = 300;

    if (a as i32) < b {
        println!("{} < {} after widening", a, b);
    }
    let lt = (a as i32) < b;
    let gt = a as i32 > b;
    let ge = a as i32 >= 200;
    let eq = a as i32 == 200;
    println!("lt {} gt {} ge {} eq {}", lt, gt, ge, eq);

    let shifted = (a as u32) << 4;
    println!("(a as u32) << 4 = {}", shifted);
    let right = a as u32 >> 2;
    println!("a as u32 >> 2 = {}", right);

    println!("within budget: {}", within_budget(450, 500));
    println!("within budget: {}", within_budget(650, 500));

    // cast inside a comparison chain with && and ||
    let bytes = [10u8, 250, 3, 128];
    let mut flagged = Vec::new();
    for (i, &byte) in bytes.iter().enumerate() {
        if (byte as i8) < 0 || (i as u8) < 1 {
            flagged.push((i, byte as i8));
        }
    }
    println!("flagged: {:?}", flagged);

    // generic type arguments after `as` are allowed when unambiguous
    let boxed: Box<dyn Fn(i32) -> i32> = Box::new(|x| x * 2) as Box<dyn Fn(i32) -> i32>;
    println!("boxed(21) = {}", boxed(21));

    let len = bytes.len();
    let halfway = (len as f64) < 4.5;
    println!("(len as f64) < 4.5 = {}", halfway);
    let ratio = len as f64 / 3.0;
    println!("ratio = {:.3}", ratio);

    // sorting with a comparison that mixes casts
    let mut mixed: Vec<(u8, i16)> = vec![(5, -3), (1, 10), (200, 199), (7, 7)];
    mixed.sort_by(|x, y| {
        let kx = x.0 as i32 - x.1 as i32;
        let ky = y.0 as i32 - y.1 as i32;
        kx.cmp(&ky)
    });
    println!("sorted by difference: {:?}", mixed);
    let count_small = mixed.iter().filter(|p| (p.0 as i16) < p.1).count();
    println!("pairs where first < second: {}", count_small);
}
