struct N { a: i32, b: i32 }
impl N { fn reset(&mut self) { self.a = 0; } }
struct M { c: i32 }
fn main() {
    let mut n = N { a: 1, b: 2 };
    n.reset();
    let mut m = M { c: 1 };
    m.c = 4;
    let r = &mut m;
    r.c = 5;
    println!("{}", n.b);
}
