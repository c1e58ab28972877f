struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn make(name: &'static str) -> Noisy {
    Noisy(name)
}
fn consume(n: Noisy) {
    println!("consume {}", n.0);
}
struct Pair {
    a: Noisy,
    b: Noisy,
}
fn main() {
    let _a = Noisy("a");
    let b = Noisy("b");
    {
        let _c = Noisy("c");
        println!("inner");
    }
    consume(b);
    let mut d = Noisy("d1");
    d = Noisy("d2");
    println!("assigned {}", d.0);
    let _ = make("temp-wild");
    make("temp-stmt");
    println!("len {}", make("temp-expr").0.len());
    let v = vec![Noisy("v1"), Noisy("v2")];
    drop(v);
    let p = Pair { a: Noisy("pa"), b: Noisy("pb") };
    let Pair { a, .. } = p;
    println!("moved a {}", a.0);
    let o = Some(Noisy("opt"));
    if let Some(n) = o {
        println!("got {}", n.0);
    }
    let bx: Box<Noisy> = Box::new(Noisy("boxed"));
    let un = *bx;
    println!("unboxed {}", un.0);
    for i in 0..2 {
        let _l = Noisy(if i == 0 { "loop0" } else { "loop1" });
    }
    let r = std::rc::Rc::new(Noisy("rc"));
    let r2 = r.clone();
    println!("count {}", std::rc::Rc::strong_count(&r));
    drop(r);
    println!("count {}", std::rc::Rc::strong_count(&r2));
    std::mem::forget(Noisy("forgotten"));
    println!("end");
}
