// Where clauses with multiple bounds, associated-type constraints and lifetimes.
use std::collections::BTreeMap;
use std::fmt::{Debug, Display};
use std::hash::Hash;

fn group_by<I, K, F>(items: I, key: F) -> BTreeMap<K, Vec<I::Item>>
where
    I: IntoIterator,
    K: Ord,
    F: Fn(&I::Item) -> K,
{
    let mut map = BTreeMap::new();
    for item in items {
        map.entry(key(&item)).or_insert_with(Vec::new).push(item);
    }
    map
}

fn render<K, V>(map: &BTreeMap<K, Vec<V>>) -> String
where
    K: Display,
    V: Debug,
{
    map.iter()
        .map(|(k, v)| format!("{} => {:?}", k, v))
        .collect::<Vec<_>>()
        .join("; ")
}

fn largest_by<'a, T, U>(items: &'a [T], f: impl Fn(&T) -> U) -> Option<&'a T>
where
    U: PartialOrd,
{
    let mut best: Option<(&T, U)> = None;
    for it in items {
        let k = f(it);
        let better = match &best {
            None => true,
            Some((_, bk)) => k > *bk,
        };
        if better {
            best = Some((it, k));
        }
    }
    best.map(|(t, _)| t)
}

fn dedup_sorted<T>(mut v: Vec<T>) -> Vec<T>
where
    T: Ord + Clone + Hash,
{
    v.sort();
    v.dedup();
    v
}

struct Pair<A, B>(A, B);

impl<A, B> Pair<A, B>
where
    A: Display,
    B: Display + Clone,
{
    fn show(&self) -> String {
        format!("<{}, {}>", self.0, self.1.clone())
    }
}

fn main() {
    let words = vec!["apple", "bob", "cat", "avocado", "banana", "cherry", "ax"];
    let by_letter = group_by(words.clone(), |w| w.chars().next().unwrap());
    println!("{}", render(&by_letter));
    let by_len = group_by(1..=10, |n| n % 3);
    println!("{}", render(&by_len));
    println!("{:?}", largest_by(&words, |w| w.len()));
    println!("{:?}", largest_by(&[3.5, -1.0, 9.25, 2.0], |x| -x));
    println!("{:?}", dedup_sorted(vec![5, 1, 3, 1, 5, 2]));
    println!("{}", Pair("x", 3.5).show());
}
