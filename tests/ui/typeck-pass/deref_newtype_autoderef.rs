// Deref/DerefMut on a newtype: auto-deref method calls, deref coercion at call sites.
use std::ops::{Deref, DerefMut};

struct Sorted(Vec<i32>);

impl Sorted {
    fn from_vec(mut v: Vec<i32>) -> Self {
        v.sort();
        Sorted(v)
    }
    fn insert(&mut self, x: i32) {
        let pos = self.0.binary_search(&x).unwrap_or_else(|p| p);
        self.0.insert(pos, x);
    }
}

impl Deref for Sorted {
    type Target = [i32];
    fn deref(&self) -> &[i32] {
        &self.0
    }
}

struct Name(String);

impl Deref for Name {
    type Target = String;
    fn deref(&self) -> &String {
        &self.0
    }
}

impl DerefMut for Name {
    fn deref_mut(&mut self) -> &mut String {
        &mut self.0
    }
}

fn shout(s: &str) -> String {
    s.to_uppercase()
}

fn total(xs: &[i32]) -> i32 {
    xs.iter().sum()
}

fn main() {
    let mut s = Sorted::from_vec(vec![5, 1, 4]);
    s.insert(3);
    s.insert(9);
    println!("{:?} len={} first={:?}", &s[..], s.len(), s.first());
    println!("{}", total(&s));
    println!("{}", s.contains(&4));
    println!("{:?}", s.iter().rev().take(2).collect::<Vec<_>>());

    let mut n = Name(String::from("ferris"));
    n.push_str(" the crab");
    println!("{} {}", n.len(), shout(&n));
    println!("{}", n.starts_with("fer"));

    let boxed: Box<Name> = Box::new(Name("boxed".into()));
    println!("{}", shout(&boxed));
    println!("{}", boxed.chars().rev().collect::<String>());

    let r: &&&Sorted = &&&s;
    println!("{}", r.len());

    let b = Box::new(vec![1, 2, 3]);
    let slice: &[i32] = &b;
    println!("{:?}", slice);
}
