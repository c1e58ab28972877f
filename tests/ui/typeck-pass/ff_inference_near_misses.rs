// Inference that needs a hint somewhere, given in each of the usual ways.
use std::collections::{HashMap, HashSet};

#[derive(Debug, Default)]
struct Stats {
    count: usize,
    mean: f64,
}

fn make_adder(k: i32) -> impl Fn(i32) -> i32 {
    move |x| x + k
}

fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C {
    move |x| g(f(x))
}

fn main() {
    let words = ["apple", "bob", "apple", "cat"];
    let counts = words.iter().fold(HashMap::new(), |mut m, w| {
        *m.entry(*w).or_insert(0) += 1;
        m
    });
    let unique: HashSet<_> = words.iter().collect();
    let lens = words.iter().map(|w| w.len()).collect::<Vec<_>>();
    let total = lens.iter().sum::<usize>();
    let parsed: Vec<f64> = "1.5 2.5".split(' ').map(|s| s.parse().unwrap()).collect();
    let maybe_num = "42".parse::<i64>().ok();
    let stats = Stats { count: lens.len(), ..Default::default() };
    let s2: Stats = Default::default();
    let n = stats.count + s2.count;
    let add5 = make_adder(5);
    let f = compose(|x: i32| x * 2, |y| format!("<{}>", y));
    let mut empty = Vec::new();
    empty.push(1u8);
    let biggest = lens.iter().copied().max().unwrap_or(0);
    let label = maybe_num.map_or("none".to_string(), |n| n.to_string());
    println!(
        "{} {} {} {:?} {:?} {} {} {} {} {:?} {} {}",
        counts["apple"], unique.len(), total + n, parsed, stats, s2.mean, add5(1), f(3), empty.len(), lens, biggest, label
    );
}
