// Drop order: locals in reverse, struct fields in declaration order, temporaries, moves.

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

impl Drop for Pair {
    fn drop(&mut self) {
        println!("  drop Pair({}, {}) before its fields", self.first.0, self.second.0);
    }
}

fn make(name: &'static str) -> Noisy {
    println!("  make {}", name);
    Noisy(name)
}

fn consume(n: Noisy) {
    println!("  consume {}", n.0);
}

fn main() {
    println!("locals:");
    {
        let _a = make("a");
        let _b = make("b");
        let _c = make("c");
    }

    println!("struct fields:");
    {
        let _p = Pair { first: make("p1"), second: make("p2") };
    }

    println!("temporary in statement:");
    let len = make("temp").0.len();
    println!("  len = {}", len);

    println!("moved into function:");
    let m = make("moved");
    consume(m);
    println!("  after consume");

    println!("vector elements:");
    {
        let v = vec![make("v0"), make("v1"), make("v2")];
        println!("  vec has {}", v.len());
    }

    println!("reassignment:");
    let mut r = make("old");
    println!("  holding {}", r.0);
    r = make("new");
    println!("  holding {}", r.0);

    println!("underscore pattern drops immediately:");
    let _ = make("ignored");
    let _kept = make("kept");

    println!("tuple and Option:");
    {
        let _t = (make("t0"), make("t1"));
        let o = Some(make("inside option"));
        if let Some(n) = &o {
            println!("  peek {}", n.0);
        }
    }
    println!("end of main");
}
