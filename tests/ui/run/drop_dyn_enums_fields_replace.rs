struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

trait Speak {
    fn speak(&self) -> String;
}
impl Speak for D {
    fn speak(&self) -> String {
        format!("I am {}", self.0)
    }
}

enum Shape {
    One(D),
    Two(D, D),
    Empty,
}

struct Holder {
    items: Vec<D>,
    name: D,
}

fn pick(flag: bool) -> Shape {
    if flag { Shape::Two(D("two-a"), D("two-b")) } else { Shape::One(D("one")) }
}

fn main() {
    let x = D("shadow-1");
    let x = D("shadow-2");
    println!("shadowed {}", x.0);
    let boxed: Box<dyn Speak> = Box::new(D("dyn"));
    println!("{}", boxed.speak());
    drop(boxed);
    let t = (D("t0"), D("t1"));
    let (a, _) = t;
    println!("took {}", a.0);
    match pick(true) {
        Shape::Two(ref p, _) => println!("first of two {}", p.0),
        _ => println!("other"),
    }
    println!("after match");
    let s = pick(false);
    if let Shape::One(d) = s {
        println!("one holds {}", d.0);
    }
    let _e = Shape::Empty;
    let mut h = Holder { items: vec![D("i1"), D("i2"), D("i3")], name: D("holder") };
    h.name = D("renamed");
    let last = h.items.pop();
    println!("popped {}", last.as_ref().map(|d| d.0).unwrap_or("none"));
    let mut slot = Some(D("slot"));
    let taken = slot.take();
    println!("slot empty {}", slot.is_none());
    let old = std::mem::replace(&mut h.name, D("replaced"));
    println!("old name {}", old.0);
    let mut stack = vec![D("s1"), D("s2")];
    while let Some(top) = stack.pop() {
        println!("top {}", top.0);
    }
    drop(taken);
    println!("end of main");
}
