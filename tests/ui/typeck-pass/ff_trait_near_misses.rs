// Generic and trait-heavy code that type checks: impl Trait, HRTB closures, associated
// type projections, iterator adapters and trait objects.
use std::collections::BTreeMap;
use std::fmt::Display;

trait Shape {
    fn area(&self) -> f64;
    fn label(&self) -> String {
        format!("shape of area {:.1}", self.area())
    }
}

struct Sq(f64);
struct Circle(f64);

impl Shape for Sq {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.0 * self.0
    }
    fn label(&self) -> String {
        "circle".to_string()
    }
}

fn apply<F>(f: F, words: &[&str]) -> Vec<usize>
where
    F: for<'a> Fn(&'a str) -> &'a str,
{
    words.iter().map(|w| f(w).len()).collect()
}

fn evens(limit: u32) -> impl Iterator<Item = u32> {
    (0..limit).filter(|n| n % 2 == 0)
}

fn sum_all<I>(it: I) -> I::Item
where
    I: Iterator,
    I::Item: std::iter::Sum<I::Item>,
{
    it.sum()
}

fn show_all<T: Display>(xs: &[T]) -> String {
    xs.iter().map(|x| x.to_string()).collect::<Vec<_>>().join("|")
}

fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Sq(2.0)), Box::new(Circle(1.0))];
    let total: f64 = shapes.iter().map(|s| s.area()).sum();
    let labels: Vec<String> = shapes.iter().map(|s| s.label()).collect();
    let lens = apply(|s| s.trim(), &[" a ", "bb "]);
    let e: Vec<u32> = evens(7).collect();
    let s = sum_all(vec![1.5, 2.5].into_iter());
    let mut groups: BTreeMap<usize, Vec<&str>> = BTreeMap::new();
    for w in ["aa", "b", "cc", "d"] {
        groups.entry(w.len()).or_default().push(w);
    }
    let by_len: Vec<(usize, usize)> = groups.iter().map(|(k, v)| (*k, v.len())).collect();
    let nested = vec![vec![1, 2], vec![3]];
    let flat: Vec<i32> = nested.iter().flat_map(|v| v.iter().map(|x| x * 10)).collect();
    let pos = flat.iter().position(|&x| x == 20);
    println!("{} {:?} {:?} {:?} {} {:?} {:?} {:?} {}", total, labels, lens, e, s, by_len, flat, pos, show_all(&[1, 2]));
}
