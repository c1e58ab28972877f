// Functions and methods whose bodies respect their signatures' lifetimes (elision, struct lifetimes, implied bounds).
use std::collections::HashMap;
struct Parser<'a> { input: &'a str, pos: usize }
impl<'a> Parser<'a> {
    fn new(input: &'a str) -> Self { Parser { input, pos: 0 } }
    fn peek(&self) -> Option<char> { self.input[self.pos..].chars().next() }
    fn rest(&self) -> &'a str { &self.input[self.pos..] }
    fn word(&mut self) -> &'a str {
        let start = self.pos;
        while let Some(c) = self.peek() { if c == ' ' { break; } self.pos += c.len_utf8(); }
        let w = &self.input[start..self.pos];
        if self.pos < self.input.len() { self.pos += 1; }
        w
    }
    fn input(&self) -> &str { self.input }
}
struct Node<'a> { name: &'a str, kids: Vec<Node<'a>> }
impl<'a> Node<'a> {
    fn find(&self, n: &str) -> Option<&Node<'a>> {
        if self.name == n { return Some(self); }
        for k in &self.kids { if let Some(f) = k.find(n) { return Some(f); } }
        None
    }
    fn names(&self) -> Vec<&'a str> { let mut v = vec![self.name]; for k in &self.kids { v.extend(k.names()); } v }
}
fn longest<'a>(x: &'a str, y: &'a str) -> &'a str { if x.len() > y.len() { x } else { y } }
fn first_word(s: &str) -> &str { s.split(' ').next().unwrap_or("") }
fn get<'a, 'b: 'a>(m: &'a HashMap<&'b str, i32>, k: &str) -> Option<&'a i32> { m.get(k) }
fn pick<'a>(v: &'a [String], i: usize) -> &'a str { &v[i] }
fn nested<'a, 'b>(x: &'a &'b str) -> &'a str { *x }
fn deref_box(b: &Box<String>) -> &str { b.as_str() }
fn opt(o: &Option<String>) -> Option<&str> { o.as_deref() }
fn mutref<'a>(v: &'a mut Vec<i32>) -> &'a mut i32 { &mut v[0] }
fn push_it<'a>(v: &mut Vec<&'a str>, s: &'a str) { v.push(s); }
fn swap_them<'a>(a: &mut &'a str, b: &mut &'a str) { std::mem::swap(a, b); }
fn iter_max(v: &[i32]) -> Option<&i32> { v.iter().max() }
fn split_pair(s: &str) -> (&str, &str) { let i = s.find('=').unwrap_or(0); (&s[..i], &s[i+1..]) }
fn stat() -> &'static str { "hello" }
fn choose<'a>(a: &'a str, _b: &str) -> &'a str { let c = a; c }
fn tail(v: &mut Vec<String>) -> &mut String { v.last_mut().unwrap() }
fn by_key<'a>(m: &'a HashMap<String, Vec<String>>, k: &str) -> &'a [String] { m.get(k).map(|v| v.as_slice()).unwrap_or(&[]) }
fn local_vec<'a>(x: &'a str, y: &str) -> usize { let mut v = vec![x]; v.push(y); v.len() }
fn main() {
    let s = String::from("hello world foo");
    let mut p = Parser::new(&s);
    println!("{} {} {} {}", p.word(), p.rest(), p.input(), p.peek().unwrap());
    let t = Node { name: "a", kids: vec![Node { name: "b", kids: vec![] }] };
    println!("{:?} {}", t.names(), t.find("b").is_some());
    println!("{} {}", longest("ab", "c"), first_word(&s));
    let mut m = HashMap::new(); m.insert("k", 1);
    println!("{:?}", get(&m, "k"));
    let v = vec![String::from("x")];
    println!("{}", pick(&v, 0));
    let r = &"zz"; println!("{}", nested(&r));
    println!("{}", deref_box(&Box::new(String::from("b"))));
    println!("{:?}", opt(&Some(String::from("o"))));
    let mut w = vec![1]; *mutref(&mut w) += 1; println!("{:?}", w);
    let mut vs = vec!["a"]; push_it(&mut vs, "b"); println!("{:?}", vs);
    let mut a = "1"; let mut b = "2"; swap_them(&mut a, &mut b); println!("{a}{b}");
    println!("{:?} {:?} {}", iter_max(&[1, 3]), split_pair("a=b"), stat());
    println!("{}", choose("q", "r"));
    let mut sv = vec![String::new()]; tail(&mut sv).push('x'); println!("{:?}", sv);
    let hm: HashMap<String, Vec<String>> = HashMap::new(); println!("{:?}", by_key(&hm, "z"));
    println!("{}", local_vec("a", "b"));
}
