use std::collections::HashSet;
use std::fmt::Debug;
use std::marker::PhantomData;
use std::ops::Deref;

trait Unit {
    const SYMBOL: &'static str;
    const PER_BASE: f64;
}

#[derive(Debug, Clone, Copy)]
struct Meters;
#[derive(Debug, Clone, Copy)]
struct Feet;
impl Unit for Meters { const SYMBOL: &'static str = "m"; const PER_BASE: f64 = 1.0; }
impl Unit for Feet { const SYMBOL: &'static str = "ft"; const PER_BASE: f64 = 3.28084; }

#[derive(Debug, Clone, Copy)]
struct Length<U: Unit> {
    value: f64,
    unit: PhantomData<U>,
}

impl<U: Unit> Length<U> {
    fn new(value: f64) -> Self { Length { value, unit: PhantomData } }
    fn convert<V: Unit>(self) -> Length<V> { Length::new(self.value / U::PER_BASE * V::PER_BASE) }
    fn show(&self) -> String { format!("{:.2}{}", self.value, U::SYMBOL) }
}

trait Container {
    type Item;
    fn items(&self) -> Vec<Self::Item>;
    fn first(&self) -> Option<Self::Item> { self.items().into_iter().next() }
}

struct Words(String);
impl Container for Words {
    type Item = String;
    fn items(&self) -> Vec<String> { self.0.split_whitespace().map(String::from).collect() }
}

struct Evens(u32);
impl Container for Evens {
    type Item = u32;
    fn items(&self) -> Vec<u32> { (0..self.0).filter(|x| x % 2 == 0).collect() }
    fn first(&self) -> Option<u32> { if self.0 > 0 { Some(0) } else { None } }
}

fn describe<C>(c: &C) -> String
where
    C: Container,
    C::Item: Debug,
{
    format!("{} items, first {:?}", c.items().len(), c.first())
}

fn evens_up_to(n: u32) -> impl Iterator<Item = u32> + Clone {
    (0..=n).filter(|x| x % 2 == 0)
}

fn boxed_counter(start: i32) -> Box<dyn Iterator<Item = i32>> {
    if start < 0 { Box::new(std::iter::empty()) } else { Box::new((start..).take(3)) }
}

struct Sorted<T: Ord>(Vec<T>);
impl<T: Ord> From<Vec<T>> for Sorted<T> {
    fn from(mut v: Vec<T>) -> Self { v.sort(); Sorted(v) }
}
impl<T: Ord> Deref for Sorted<T> {
    type Target = [T];
    fn deref(&self) -> &[T] { &self.0 }
}

fn total_len<S: AsRef<str>>(items: &[S]) -> usize { items.iter().map(|s| s.as_ref().len()).sum() }

fn main() {
    let run = Length::<Meters>::new(5000.0);
    let feet: Length<Feet> = run.convert();
    println!("{} = {} = {}", run.show(), feet.show(), feet.convert::<Meters>().show());
    println!("{}", describe(&Words("the quick brown fox".into())));
    println!("{}", describe(&Evens(9)));
    println!("{}", describe(&Evens(0)));
    let ev = evens_up_to(10);
    println!("{:?} sum={}", ev.clone().collect::<Vec<_>>(), ev.sum::<u32>());
    println!("{:?} {:?}", boxed_counter(5).collect::<Vec<_>>(), boxed_counter(-1).count());
    let s: Sorted<i32> = vec![5, 3, 9, 1].into();
    println!("{:?} len={} max={:?} has3={}", &s[..], s.len(), s.iter().max(), s.binary_search(&3).is_ok());
    println!("{} {}", total_len(&["ab", "cde"]), total_len(&vec![String::from("xyz")]));
    let a: HashSet<i32> = (1..8).collect();
    let b: HashSet<i32> = (5..12).collect();
    let mut inter: Vec<_> = a.intersection(&b).copied().collect();
    let mut uni: Vec<_> = a.union(&b).collect();
    let mut diff: Vec<_> = a.difference(&b).collect();
    let mut sym: Vec<_> = a.symmetric_difference(&b).cloned().collect();
    inter.sort();
    uni.sort();
    diff.sort_unstable();
    sym.sort_by(|x, y| y.cmp(x));
    println!("{:?}\n{:?}\n{:?}\n{:?}", inter, uni, diff, sym);
    println!("{} {}", a.is_subset(&b), [1, 2].iter().copied().collect::<HashSet<i32>>().is_subset(&a));
}
