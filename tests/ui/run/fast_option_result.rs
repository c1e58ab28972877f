// `?` on Option and Result (an error converted by From), and Option/Result unwrap, expect,
// unwrap_or, ok_or, ok, copied, slice get: Copy payloads are copies, unused defaults and
// errors are dropped (in rustc's order), evaluation order of the arguments; expect panics.
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Tok {
    Num(i64),
    Plus,
}

#[derive(Debug, Clone, Copy)]
struct P {
    x: i32,
    y: i32,
}

struct Noisy(u8);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

#[derive(Debug)]
struct MyErr(String);

impl From<fmt::Error> for MyErr {
    fn from(_: fmt::Error) -> MyErr {
        MyErr("fmt".to_string())
    }
}

impl From<String> for MyErr {
    fn from(s: String) -> MyErr {
        MyErr(format!("from {}", s))
    }
}

fn first(v: &[Tok]) -> Result<Tok, MyErr> {
    let t = v.get(0).copied().ok_or(String::from("empty"))?;
    Ok(t)
}

fn second(v: &[Tok]) -> Option<i64> {
    match v.get(1)? {
        Tok::Num(n) => Some(*n),
        Tok::Plus => None,
    }
}

fn noisy(n: u8) -> Noisy {
    println!("make {}", n);
    Noisy(n)
}

fn main() {
    let toks = vec![Tok::Num(3), Tok::Plus, Tok::Num(-4)];
    let mut a = toks.get(0).copied().unwrap();
    if let Tok::Num(ref mut n) = a {
        *n += 1;
    }
    println!("{:?} {:?}", a, toks);
    println!("{:?} {:?} {:?}", first(&toks), first(&[]), first(&toks[2..]));
    println!("{:?} {:?} {:?}", second(&toks), second(&toks[1..]), second(&toks[2..]));
    println!("{:?} {:?}", toks.get(5), toks.get(2));
    let p = Some(P { x: 1, y: 2 });
    let mut q = p.unwrap();
    q.x = 10;
    println!("{:?} {:?}", p, q);
    let r: Result<P, String> = Ok(P { x: 5, y: 6 });
    let mut s = r.clone().unwrap_or(P { x: 0, y: 0 });
    s.y = 99;
    println!("{:?} {:?}", r, s);
    let none: Option<i32> = None;
    println!("{} {}", none.unwrap_or(7), Some(3).unwrap_or(8));
    let e: Result<i32, &str> = Err("bad");
    println!("{:?} {:?}", e.ok(), Ok::<i32, &str>(4).ok());
    let n = Some(noisy(1)).unwrap_or(noisy(2));
    println!("got {}", n.0);
    let o: Option<Noisy> = None;
    let m = o.ok_or(noisy(3));
    println!("err {}", m.is_err());
    let v: Vec<u32> = vec![1, 2];
    println!("{}", v.iter().max().copied().unwrap());
    let bad: Result<u8, String> = Err("boom".to_string());
    let x = bad.expect("expected a byte");
    println!("{}", x);
}
