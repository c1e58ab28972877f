// Drop flags, partial moves, assignments over live values and loop temporaries, with
// unwinding through all of them.
struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
struct Pair {
    a: D,
    b: D,
}
fn take(d: D) {
    println!("take {}", d.0);
}
fn maybe(c: bool) {
    let a = D("a");
    let b = D("b");
    if c {
        take(b);
    }
    take(a);
    println!("end maybe({c})");
}
fn partial(which: u8) {
    let p = Pair { a: D("pa"), b: D("pb") };
    match which {
        0 => take(p.a),
        1 => take(p.b),
        _ => {}
    }
    println!("end partial({which})");
}
fn replace() {
    let mut d = D("d1");
    for name in ["d2", "d3"] {
        d = D(name);
    }
    println!("holding {}", d.0);
}
fn opt(o: Option<D>, keep: bool) {
    if let Some(x) = o {
        if !keep {
            take(x);
            return;
        }
        println!("kept {}", x.0);
    }
    println!("end opt");
}
fn boxed(b: Box<Pair>) -> D {
    let inner = *b;
    inner.b
}
fn panics(n: u32) {
    let _g = D("guard");
    let p = Pair { a: D("x"), b: D("y") };
    if n > 1 {
        take(p.a);
    }
    let mut i = 0;
    loop {
        i += 1;
        match Some(D("loop temp")) {
            Some(ref t) if i < 3 => println!("iter {i} {}", t.0),
            _ => break,
        }
    }
    if n > 0 {
        panic!("boom {n}");
    }
}
fn main() {
    maybe(true);
    maybe(false);
    for w in 0..3 {
        partial(w);
    }
    replace();
    opt(Some(D("o1")), true);
    opt(Some(D("o2")), false);
    opt(None, true);
    let d = boxed(Box::new(Pair { a: D("ba"), b: D("bb") }));
    println!("got {}", d.0);
    for n in 0..3 {
        let r = std::panic::catch_unwind(|| panics(n));
        println!("panics({n}) ok: {}", r.is_ok());
    }
}
