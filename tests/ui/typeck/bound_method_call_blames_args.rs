// Where E0277 points for a method's bound: never the receiver, an argument that holds the
// bound's parameter, or the turbofish argument the bound's self type was written as.
struct W<T>(T);
impl<T> W<T> {
    fn s(&self) where T: Ord {}
    fn g<U: Ord>(&self, _u: U) {}
}
struct N;
trait T2 {
    fn z(&self) where Self: Clone {}
    fn y<U>(&self, _u: U) where U: Clone {}
}
impl T2 for N {}
trait Make { fn make() -> Self; }
impl Make for i32 { fn make() -> Self { 0 } }
fn build<M: Make>(n: u8) -> Vec<M> { (0..n).map(|_| M::make()).collect() }
struct Bag;
impl Bag { fn take<M: Make>(&self) -> Option<M> { None } }
fn main() {
    let w = W(N);
    w.s();
    w.g(N);
    N.z();
    N.y(N);
    let _v = build::<i32>(2);
    let _m = Bag.take::<N>();
}
