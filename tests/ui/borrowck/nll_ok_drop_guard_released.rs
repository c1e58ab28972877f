// Borrows held by values with Drop code end when those values are moved or dropped early;
// types without Drop code (Vec of references, plain structs) release at their last use.
struct Guard<'a> {
    v: &'a mut Vec<i32>,
}

impl Drop for Guard<'_> {
    fn drop(&mut self) {
        self.v.push(0);
    }
}

struct Plain<'a> {
    v: &'a mut Vec<i32>,
}

fn main() {
    let mut v = vec![1];
    let g = Guard { v: &mut v };
    g.v.push(5);
    drop(g);
    v.push(2);

    let p = Plain { v: &mut v };
    p.v.push(3);
    v.push(4);

    let mut x = 10;
    let mut refs: Vec<&mut i32> = Vec::new();
    refs.push(&mut x);
    *refs[0] += 1;
    x += 1;

    let cell = std::cell::RefCell::new(7);
    {
        let b = cell.borrow();
        println!("{}", *b);
    }
    let inner = cell.into_inner();
    println!("{:?} {} {}", v, x, inner);
}
