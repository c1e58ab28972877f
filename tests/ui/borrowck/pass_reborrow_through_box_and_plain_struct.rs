// Drop-liveness: see the file name.
fn f<'a>(b: Box<&'a mut String>) -> &'a mut String { &mut **b }
fn g<'a>(b: Vec<&'a mut String>) -> &'a mut String { let mut b = b; b.pop().unwrap() }
struct W<'a>(&'a mut String);
fn h<'a>(w: W<'a>) -> &'a mut String { &mut *w.0 }
fn main() { let mut s = String::new(); f(Box::new(&mut s)).push('a'); g(vec![&mut s]); h(W(&mut s)); }
