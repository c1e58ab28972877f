// A reference where its referent was expected, and type parameters in mismatches: rustc's
// labels at the parameter, its notes, and its dereference / conversion / clone advice.
#[derive(Clone)]
struct P {
    n: String,
}
struct Q {
    p: P,
}

trait Tr {
    fn f(&self) -> Self
    where
        Self: Sized,
    {
        5
    }
}

fn a<T, U>(x: T) -> U {
    x
}
fn b<T>(x: Option<&T>) -> Option<T> {
    x
}
fn c<T>(x: T) -> i32 {
    x
}
fn d<T>(v: Vec<T>) -> T {
    v.first().unwrap().clone()
}
fn e(x: &i32) -> i32 {
    x
}
fn f(p: &P) -> P {
    p
}
fn g(v: &Vec<i32>) -> Vec<i32> {
    let w: Vec<i32> = v;
    w
}
fn h(p: &P) -> Q {
    Q { p }
}
fn k<T: Clone>(x: &T) -> T {
    let y: T = x;
    y
}

fn main() {}
