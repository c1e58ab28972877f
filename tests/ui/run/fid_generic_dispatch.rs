use std::collections::HashMap;
use std::fmt::{self, Debug, Display};
use std::hash::Hash;
use std::iter::FromIterator;
use std::ops::{Add, Mul};

trait Monoid: Sized {
    fn empty() -> Self;
    fn combine(self, other: Self) -> Self;
    fn concat<I: IntoIterator<Item = Self>>(items: I) -> Self {
        items.into_iter().fold(Self::empty(), Self::combine)
    }
}

impl Monoid for i64 {
    fn empty() -> Self { 0 }
    fn combine(self, o: Self) -> Self { self + o }
}
impl Monoid for String {
    fn empty() -> Self { String::new() }
    fn combine(mut self, o: Self) -> Self { self.push_str(&o); self }
}
impl<T> Monoid for Vec<T> {
    fn empty() -> Self { Vec::new() }
    fn combine(mut self, mut o: Self) -> Self { self.append(&mut o); self }
}
impl<A: Monoid, B: Monoid> Monoid for (A, B) {
    fn empty() -> Self { (A::empty(), B::empty()) }
    fn combine(self, o: Self) -> Self { (self.0.combine(o.0), self.1.combine(o.1)) }
}

#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct Complex { re: f64, im: f64 }
impl Add for Complex { type Output = Self; fn add(self, o: Self) -> Self { Complex { re: self.re + o.re, im: self.im + o.im } } }
impl Mul for Complex {
    type Output = Self;
    fn mul(self, o: Self) -> Self { Complex { re: self.re * o.re - self.im * o.im, im: self.re * o.im + self.im * o.re } }
}
impl Display for Complex {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if self.im >= 0.0 { write!(f, "{}+{}i", self.re, self.im) } else { write!(f, "{}{}i", self.re, self.im) }
    }
}

fn dot<T>(a: &[T], b: &[T]) -> T
where
    T: Copy + Default + Add<Output = T> + Mul<Output = T>,
{
    a.iter().zip(b).fold(T::default(), |acc, (&x, &y)| acc + x * y)
}

struct Histogram<K: Hash + Eq>(HashMap<K, usize>);

impl<K: Hash + Eq> FromIterator<K> for Histogram<K> {
    fn from_iter<I: IntoIterator<Item = K>>(iter: I) -> Self {
        let mut m = HashMap::new();
        for k in iter { *m.entry(k).or_insert(0) += 1; }
        Histogram(m)
    }
}

impl<K: Hash + Eq + Ord + Display> Display for Histogram<K> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let mut keys: Vec<&K> = self.0.keys().collect();
        keys.sort();
        for k in keys {
            writeln!(f, "{:>5} {}", k, "*".repeat(self.0[k]))?;
        }
        Ok(())
    }
}

trait Visitor {
    type Out;
    fn visit_num(&mut self, n: i64) -> Self::Out;
    fn visit_add(&mut self, a: &Expr, b: &Expr) -> Self::Out;
}

enum Expr { Num(i64), Add(Box<Expr>, Box<Expr>) }

impl Expr {
    fn accept<V: Visitor>(&self, v: &mut V) -> V::Out {
        match self {
            Expr::Num(n) => v.visit_num(*n),
            Expr::Add(a, b) => v.visit_add(a, b),
        }
    }
}

struct Eval;
impl Visitor for Eval {
    type Out = i64;
    fn visit_num(&mut self, n: i64) -> i64 { n }
    fn visit_add(&mut self, a: &Expr, b: &Expr) -> i64 { a.accept(self) + b.accept(self) }
}
struct Show(usize);
impl Visitor for Show {
    type Out = String;
    fn visit_num(&mut self, n: i64) -> String { self.0 += 1; n.to_string() }
    fn visit_add(&mut self, a: &Expr, b: &Expr) -> String { format!("({} + {})", a.accept(self), b.accept(self)) }
}

fn print_all<T: Debug, const N: usize>(items: [T; N]) -> usize {
    for (i, it) in items.iter().enumerate() { print!("{}{:?}", if i > 0 { ", " } else { "" }, it); }
    println!();
    N
}

fn main() {
    println!("{}", i64::concat(vec![1, 2, 3, 4]));
    println!("{:?}", String::concat(["ab", "cd", "e"].iter().map(|s| s.to_string())));
    println!("{:?}", <(i64, Vec<char>)>::concat(vec![(1, vec!['a']), (2, vec!['b', 'c'])]));
    println!("{}", dot(&[1, 2, 3], &[4, 5, 6]));
    println!("{:.2}", dot(&[0.5, 1.5], &[2.0, 4.0]));
    let c = dot(&[Complex { re: 1.0, im: 1.0 }], &[Complex { re: 0.0, im: 2.0 }]);
    println!("{} {:?}", c, c);
    let h: Histogram<char> = "mississippi".chars().collect();
    print!("{}", h);
    let h2: Histogram<u32> = [3, 1, 3, 3, 2].into_iter().collect();
    print!("{}", h2);
    let e = Expr::Add(Box::new(Expr::Num(2)), Box::new(Expr::Add(Box::new(Expr::Num(3)), Box::new(Expr::Num(4)))));
    let mut show = Show(0);
    println!("{} = {} ({} leaves)", e.accept(&mut show), e.accept(&mut Eval), show.0);
    println!("{}", print_all([1.5, 2.5]) + print_all(["a", "b", "c"]));
}
