use std::collections::HashMap;
#[derive(Debug, Clone, Default)]
struct Cfg { a: i32, b: i32, c: String }
#[derive(PartialEq, Eq, Hash, Clone, Copy, Debug)]
struct Key { x: i32, y: i32 }
enum Shape { Circle { r: f64 }, Rect { w: f64, h: f64 } }
impl Shape {
    fn area(&self) -> f64 {
        match *self {
            Self::Circle { r } => 3.14 * r * r,
            Shape::Rect { w, .. } => w,
        }
    }
}
struct Pair(i32, i32);
fn sum(Pair(a, b): Pair) -> i32 { a + b }
struct Wrapper { inner: Vec<i32> }
impl Wrapper { fn get(&self) -> impl Fn(usize) -> i32 + '_ { move |i| self.inner[i] } }
struct Holder { v: i32 }
const H: Holder = Holder { v: 3 };
const HV: i32 = H.v;
fn main() {
    let base = Cfg { a: 1, ..Default::default() };
    let c2 = Cfg { b: 2, ..base.clone() };
    println!("{:?}", c2);
    let mut m = HashMap::new();
    m.insert(Key { x: 1, y: 2 }, 3);
    println!("{}", m.len());
    let s = [Shape::Circle { r: 1.0 }, Shape::Rect { w: 1.0, h: 2.0 }];
    println!("{}", s.iter().map(|x| x.area()).sum::<f64>());
    println!("{}", sum(Pair(1, 2)));
    let w = Wrapper { inner: vec![1] };
    println!("{}", w.get()(0) + HV);
    let k = Key { x: 5, y: 6 };
    if matches!(k, Key { x: 5, .. }) { println!("five"); }
}
