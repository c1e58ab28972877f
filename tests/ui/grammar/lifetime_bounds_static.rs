// Lifetime bounds: 'a: 'b outlives relations, T: 'a, and 'static requirements.
use std::fmt::Debug;

struct Ref<'a, T: 'a> {
    inner: &'a T,
}

impl<'a, T: Debug + 'a> Ref<'a, T> {
    fn show(&self) -> String {
        format!("Ref({:?})", self.inner)
    }
}

fn shorten<'long: 'short, 'short>(x: &'long str, _scope: &'short ()) -> &'short str {
    x
}

fn choose<'a, 'b>(a: &'a [i32], b: &'b [i32]) -> &'a [i32]
where
    'b: 'a,
{
    if a.iter().sum::<i32>() >= b.iter().sum::<i32>() { a } else { b }
}

fn keep_static<T: Debug + 'static>(value: T) -> Box<dyn Debug> {
    Box::new(value)
}

struct Interner {
    names: Vec<&'static str>,
}

impl Interner {
    fn intern(&mut self, s: &'static str) -> usize {
        match self.names.iter().position(|&n| n == s) {
            Some(i) => i,
            None => {
                self.names.push(s);
                self.names.len() - 1
            }
        }
    }
}

struct Parser<'src> {
    src: &'src str,
}

impl<'src> Parser<'src> {
    fn next_token<'p>(&'p mut self) -> Option<&'src str> {
        let trimmed = self.src.trim_start();
        if trimmed.is_empty() {
            return None;
        }
        let end = trimmed.find(' ').unwrap_or(trimmed.len());
        let (tok, rest) = trimmed.split_at(end);
        self.src = rest;
        Some(tok)
    }
}

static GREETING: &str = "hello";

fn main() {
    let n = 42;
    let r = Ref { inner: &n };
    println!("{}", r.show());
    let v = vec![1, 2];
    let rv = Ref { inner: &v };
    println!("{}", rv.show());

    let unit = ();
    let s = shorten(GREETING, &unit);
    println!("shortened: {}", s);

    let x = [5, 5];
    let y = [1, 2, 3, 4];
    println!("choose: {:?}", choose(&x, &y));

    let boxed: Vec<Box<dyn Debug>> = vec![keep_static(1u8), keep_static("static str"), keep_static(String::from("owned"))];
    println!("{:?}", boxed);

    let mut interner = Interner { names: Vec::new() };
    let ids: Vec<usize> = ["a", "b", "a", "c", "b"].iter().map(|s| interner.intern(s)).collect();
    println!("ids {:?} names {:?}", ids, interner.names);

    let input = String::from("let  x = 10 ;");
    let mut p = Parser { src: &input };
    let mut toks = Vec::new();
    while let Some(t) = p.next_token() {
        toks.push(t);
    }
    println!("tokens {:?}", toks);
}
