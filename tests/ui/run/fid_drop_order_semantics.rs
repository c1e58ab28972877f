use std::mem;

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("  drop {}", self.0);
    }
}

struct Pair {
    first: Noisy,
    second: Noisy,
}

fn make(name: &'static str) -> Noisy {
    println!("  make {}", name);
    Noisy(name)
}

fn pass_through(n: Noisy) -> Noisy {
    n
}

fn main() {
    println!("fields:");
    {
        let _p = Pair { second: make("b"), first: make("a") };
    }
    println!("vec:");
    {
        let v = vec![make("v0"), make("v1"), make("v2")];
        let mut it = v.into_iter();
        let first = it.next();
        println!("  took {}", first.as_ref().map(|n| n.0).unwrap_or("-"));
        drop(it);
        println!("  iterator dropped");
    }
    println!("temporaries:");
    {
        let len = make("temp").0.len();
        println!("  len {}", len);
        match make("scrutinee").0 {
            s if s.len() > 3 => println!("  long {}", s),
            _ => println!("  short"),
        }
        let _ = make("underscore");
        let _kept = make("kept");
        println!("  end of block");
    }
    println!("shadowing:");
    {
        let x = make("x1");
        let x = pass_through(Noisy("x2"));
        println!("  using {}", x.0);
    }
    println!("replace/swap/take:");
    {
        let mut a = make("a");
        let mut b = make("b");
        mem::swap(&mut a, &mut b);
        println!("  a={} b={}", a.0, b.0);
        let old = mem::replace(&mut a, make("c"));
        println!("  old={}", old.0);
        let mut slot = Some(make("slot"));
        let taken = slot.take();
        println!("  slot empty: {}", slot.is_none());
        drop(taken);
        println!("  after taken");
    }
    println!("loop with break:");
    for i in 0..3 {
        let n = Noisy(if i == 0 { "i0" } else if i == 1 { "i1" } else { "i2" });
        if i == 1 {
            println!("  breaking at {}", n.0);
            break;
        }
    }
    println!("labeled:");
    let found = 'outer: loop {
        for a in 1..10 {
            for b in a..10 {
                if a * b == 24 && b - a == 2 {
                    break 'outer (a, b);
                }
            }
        }
        break (0, 0);
    };
    println!("  found {:?}", found);
    println!("boxed dyn:");
    {
        let items: Vec<Box<dyn Fn() -> Noisy>> = vec![Box::new(|| Noisy("f1")), Box::new(|| make("f2"))];
        for f in &items {
            let n = f();
            println!("  got {}", n.0);
        }
    }
    println!("end");
}
