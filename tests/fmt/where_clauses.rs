// where clauses and generic bounds
fn simple<T>(x: T) -> T where T: Clone { x.clone() }
fn two<T, U>(t: T, u: U) where T: std::fmt::Debug + Clone + Send + Sync + 'static, U: Into<String> + Default {}
pub fn long_one<Iter, Item, Output>(iter: Iter, init: Output) -> Output where Iter: IntoIterator<Item = Item>, Item: Into<Output>, Output: std::ops::Add<Output = Output> { init }
struct Wrapper<T> where T: Copy { inner: T }
struct Unit<T>(T) where T: Copy;
impl<T> Wrapper<T> where T: Copy + std::fmt::Display { fn show(&self) -> String { format!("{}", self.inner) } }
trait Shape where Self: Sized { fn area(&self) -> f64; }
enum E<T> where T: Ord { A(T), B }
fn bounds<T: Clone + Copy + std::fmt::Debug + PartialEq + Eq + PartialOrd + Ord + std::hash::Hash + Default>(t: T) {}
fn lifetimes<'a, 'b: 'a, T: 'a + ?Sized>(x: &'a T, y: &'b T) -> &'a T where 'b: 'a { x }
type Alias<T> where T: Clone = Vec<T>;
fn hrtb<F>(f: F) where F: for<'a> Fn(&'a str) -> &'a str {}
