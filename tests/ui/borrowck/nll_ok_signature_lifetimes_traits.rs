// Lifetimes through trait objects, iterators, closures and generic structs.
use std::collections::{BTreeMap, HashMap};
use std::fmt;
trait Shape { fn name(&self) -> &str; fn area(&self) -> f64; }
struct Sq { n: String, s: f64 }
impl Shape for Sq { fn name(&self) -> &str { &self.n } fn area(&self) -> f64 { self.s * self.s } }
fn biggest<'a>(shapes: &'a [Box<dyn Shape>]) -> Option<&'a dyn Shape> {
    let mut best: Option<&dyn Shape> = None;
    for s in shapes { if best.map_or(true, |b| s.area() > b.area()) { best = Some(s.as_ref()); } }
    best
}
struct Wrapper<'a, T> { items: &'a [T] }
impl<'a, T: fmt::Debug> Wrapper<'a, T> {
    fn first(&self) -> Option<&'a T> { self.items.first() }
    fn iter(&self) -> std::slice::Iter<'a, T> { self.items.iter() }
    fn split(&self) -> (Wrapper<'a, T>, Wrapper<'a, T>) { let (a, b) = self.items.split_at(self.items.len() / 2); (Wrapper { items: a }, Wrapper { items: b }) }
}
struct Counter<'a> { words: HashMap<&'a str, usize> }
impl<'a> Counter<'a> {
    fn add(&mut self, text: &'a str) { for w in text.split_whitespace() { *self.words.entry(w).or_insert(0) += 1; } }
    fn top(&self) -> Vec<(&'a str, usize)> { let mut v: Vec<_> = self.words.iter().map(|(k, v)| (*k, *v)).collect(); v.sort(); v }
}
fn group<'a>(words: &[&'a str]) -> BTreeMap<usize, Vec<&'a str>> {
    let mut m = BTreeMap::new();
    for w in words { m.entry(w.len()).or_insert_with(Vec::new).push(*w); }
    m
}
fn make_adder<'a>(x: &'a i32) -> impl Fn(i32) -> i32 + 'a { move |y| *x + y }
fn boxed<'a>(s: &'a str) -> Box<dyn Fn() -> usize + 'a> { Box::new(move || s.len()) }
fn filter_long<'a>(v: &'a [String], n: usize) -> Vec<&'a String> { v.iter().filter(|s| s.len() > n).collect() }
fn trim_all(v: &[String]) -> Vec<&str> { v.iter().map(|s| s.trim()).collect() }
fn maxby<'a>(v: &'a [(String, i32)]) -> &'a str { &v.iter().max_by_key(|p| p.1).unwrap().0 }
struct Cursor<'a> { data: &'a [u8], i: usize }
impl<'a> Iterator for Cursor<'a> { type Item = &'a u8; fn next(&mut self) -> Option<&'a u8> { let r = self.data.get(self.i); self.i += 1; r } }
fn as_ref_str<T: AsRef<str>>(t: &T) -> &str { t.as_ref() }
fn generic_first<T>(v: &[T]) -> &T { &v[0] }
fn set<'a>(slot: &mut Option<&'a str>, v: &'a str) { *slot = Some(v); }
struct Holder<'a> { v: Vec<&'a str> }
impl<'a> Holder<'a> { fn add(&mut self, s: &'a str) { self.v.push(s); } fn get(&self, i: usize) -> &'a str { self.v[i] } }
fn rc_str(r: &std::rc::Rc<String>) -> &str { r }
fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Sq { n: "a".into(), s: 2.0 }), Box::new(Sq { n: "b".into(), s: 3.0 })];
    println!("{}", biggest(&shapes).unwrap().name());
    let data = [1, 2, 3, 4];
    let w = Wrapper { items: &data };
    let (l, r) = w.split();
    println!("{:?} {:?} {:?} {}", w.first(), l.items, r.items, w.iter().count());
    let text = String::from("a b a c");
    let mut c = Counter { words: HashMap::new() };
    c.add(&text);
    println!("{:?}", c.top());
    println!("{:?}", group(&["aa", "b", "cc"]));
    let x = 5; let f = make_adder(&x); println!("{}", f(1));
    println!("{}", boxed("abc")());
    let sv = vec!["abcd".to_string(), "x".to_string()];
    println!("{:?} {:?}", filter_long(&sv, 2), trim_all(&sv));
    println!("{}", maxby(&[("p".to_string(), 1), ("q".to_string(), 2)]));
    let cur = Cursor { data: &[7, 8], i: 0 };
    println!("{:?}", cur.collect::<Vec<_>>());
    println!("{} {}", as_ref_str(&String::from("s")), generic_first(&[9]));
    let mut o = None; set(&mut o, "v"); println!("{:?}", o);
    let mut h = Holder { v: vec![] }; h.add("z"); println!("{}", h.get(0));
    println!("{}", rc_str(&std::rc::Rc::new("rc".to_string())));
}
