// Every range form, used in for loops and as values.

use std::ops::{Range, RangeFrom, RangeFull, RangeInclusive, RangeTo, RangeToInclusive};

fn print_range<I: Iterator<Item = i32>>(label: &str, it: I) {
    let items: Vec<String> = it.map(|n| n.to_string()).collect();
    println!("{:<12} [{}]", label, items.join(", "));
}

fn main() {
    print_range("0..5", 0..5);
    print_range("0..=5", 0..=5);
    print_range("3..3", 3..3);
    print_range("3..=3", 3..=3);
    print_range("5..0", 5..0);
    print_range("(0..5).rev()", (0..5).rev());
    print_range("-3..2", -3..2);
    print_range("10.. take 4", (10..).take(4));
    print_range("(0..20).step_by(6)", (0..20).step_by(6));
    print_range("(1..=10).rev().step_by(3)", (1..=10).rev().step_by(3));

    let n = 4;
    let mut triangle = 0;
    for i in 1..=n {
        for j in 0..i {
            triangle += j + 1;
        }
    }
    println!("sum of triangle rows: {}", triangle);

    // ranges are values with named types
    let a: Range<i32> = 2..6;
    let b: RangeInclusive<i32> = 2..=6;
    let c: RangeFrom<i32> = 2..;
    let d: RangeTo<i32> = ..6;
    let e: RangeToInclusive<i32> = ..=6;
    let f: RangeFull = ..;
    println!("{:?} {:?} {:?} {:?} {:?} {:?}", a, b, c, d, e, f);
    println!("a.len() = {}, b.start() = {}, b.end() = {}", a.len(), b.start(), b.end());
    for probe in [1, 2, 6, 7] {
        println!(
            "{}: a {} b {} c {} d {} e {}",
            probe,
            a.contains(&probe),
            b.contains(&probe),
            c.contains(&probe),
            d.contains(&probe),
            e.contains(&probe)
        );
    }

    // range bounds can be arbitrary expressions; .. binds looser than arithmetic
    let base = 3;
    let r = base * 2..base * 2 + 3;
    println!("computed range {:?} sum {}", r.clone(), r.sum::<i32>());

    // chars and u8 ranges
    let letters: String = ('a'..='e').collect();
    println!("letters: {}", letters);
    let digits: Vec<u8> = (b'0'..=b'9').step_by(3).collect();
    println!("digit bytes: {:?}", digits);

    let empty_count = (10..10).count() + (10..=9).count();
    println!("empty ranges yield {}", empty_count);

    let mut countdown = String::new();
    for i in (1..=5).rev() {
        countdown.push_str(&i.to_string());
        countdown.push(if i > 1 { ' ' } else { '!' });
    }
    println!("{}", countdown);
}
