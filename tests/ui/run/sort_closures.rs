// Slice sorts with closures: stability of equal keys, tuple keys, comparators that chain
// `then_with`, key closures with side effects (each element still ends where std puts
// it), and a comparator that panics (the slice keeps all its elements).
use std::cmp::Reverse;
use std::panic;

#[derive(Debug, Clone)]
struct P { name: String, age: u32, score: i64 }

fn people() -> Vec<P> {
    let names = ["ann", "bob", "cy", "dee", "ed", "flo", "gus", "hal"];
    names
        .iter()
        .enumerate()
        .map(|(i, n)| P { name: n.to_string(), age: (i as u32 * 7) % 4, score: (i as i64 * 5) % 3 - 1 })
        .collect()
}

fn show(v: &[P]) -> String {
    v.iter().map(|p| format!("{}:{}:{}", p.name, p.age, p.score)).collect::<Vec<_>>().join(" ")
}

fn main() {
    let mut v = people();
    v.sort_by_key(|p| p.age);
    println!("{}", show(&v));
    v.sort_by_key(|p| Reverse(p.score));
    println!("{}", show(&v));
    v.sort_by(|a, b| b.age.cmp(&a.age).then_with(|| a.name.cmp(&b.name)));
    println!("{}", show(&v));
    v.sort_unstable_by_key(|p| (p.score, p.age));
    println!("{}", show(&v));
    v.sort_unstable_by(|a, b| a.name.len().cmp(&b.name.len()));
    println!("{}", show(&v));
    v.sort_by_cached_key(|p| p.name.clone());
    println!("{}", show(&v));

    let mut nums = vec![5i32, -3, 9, 0, -3, 12, 7, -8];
    nums.sort_by_key(|x| x.abs());
    println!("{:?}", nums);
    nums.sort_by(|a, b| b.cmp(a));
    println!("{:?}", nums);
    let mut chars: Vec<char> = "zebra".chars().collect();
    chars.sort_by_key(|c| *c as u32 % 3);
    println!("{:?}", chars);
    let mut words = vec!["pear", "fig", "apple", "kiwi", "date"];
    words.sort_by_key(|w| w.len());
    println!("{:?}", words);
    let mut floats = vec![2.5f64, -1.0, 0.5, 9.75];
    floats.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!("{:?}", floats);
    let mut empty: Vec<u8> = Vec::new();
    empty.sort_by_key(|x| *x);
    let mut one = [7u8];
    one.sort_by(|_, _| panic!("never called for one element"));
    println!("{:?} {:?}", empty, one);

    // The comparator panics: the panic propagates, the slice keeps its elements.
    let mut w = vec![4, 1, 3, 2];
    let r = panic::catch_unwind(panic::AssertUnwindSafe(|| {
        w.sort_by(|a, b| {
            if *a == 3 || *b == 3 {
                panic!("comparing 3");
            }
            a.cmp(b)
        })
    }));
    let mut kept = w.clone();
    kept.sort();
    println!("{} {:?}", r.is_err(), kept);
}
