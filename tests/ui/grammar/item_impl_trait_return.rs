// Returning `impl Trait`: iterators, closures and display values.
use std::fmt::Display;

fn evens(limit: u32) -> impl Iterator<Item = u32> {
    (0..limit).filter(|n| n % 2 == 0)
}

fn make_adder(k: i32) -> impl Fn(i32) -> i32 {
    move |x| x + k
}

fn make_counter() -> impl FnMut() -> u32 {
    let mut count = 0;
    move || {
        count += 1;
        count
    }
}

fn label(n: i64) -> impl Display {
    if n < 0 {
        format!("minus {}", -n)
    } else {
        format!("plus {}", n)
    }
}

fn words(text: &str) -> impl Iterator<Item = &str> + '_ {
    text.split_whitespace().filter(|w| w.len() > 2)
}

fn sum_all(items: impl IntoIterator<Item = u32>) -> u32 {
    items.into_iter().sum()
}

fn chained() -> impl Iterator<Item = (usize, char)> {
    "rust".chars().chain("py".chars()).enumerate()
}

fn main() {
    let e: Vec<u32> = evens(10).collect();
    println!("evens: {:?}", e);
    println!("sum of evens under 100: {}", sum_all(evens(100)));

    let add5 = make_adder(5);
    println!("add5(10) = {}", add5(10));

    let mut next = make_counter();
    let ticks: Vec<u32> = (0..4).map(|_| next()).collect();
    println!("ticks: {:?}", ticks);

    println!("{} / {}", label(-7), label(3));

    let w: Vec<&str> = words("a big red fox is on the run").collect();
    println!("long words: {:?}", w);

    for (i, c) in chained() {
        print!("{}{} ", i, c);
    }
    println!();
}
