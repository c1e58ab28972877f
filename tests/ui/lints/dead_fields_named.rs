#[derive(Debug, Clone)]
struct A { x: i32, y: i32, z: i32 }
struct B(i32, String);
struct C { a: u8, b: u8, _c: u8 }
pub struct P { pub q: i32, r: i32 }
enum E { V { f: i32, g: i32 }, W(i32) }
struct W { w: i32 }
#[repr(C)] struct R { r1: i32 }
struct Ph { p: std::marker::PhantomData<i32>, u: () }
struct T2((), i32);
fn main() {
    let a = A { x: 1, y: 2, z: 3 };
    println!("{}", a.x);
    let mut b = B(1, String::new());
    b.0 = 5;
    let c = C { a: 1, b: 2, _c: 3 };
    let C { a, b: _, .. } = c;
    let p = P { q: 1, r: 2 };
    let e = E::V { f: 1, g: 2 };
    if let E::V { f, .. } = e { println!("{f}"); }
    let _ = E::W(3);
    let w = W { w: 1 };
    let ww = &w;
    let _ = R { r1: 1 };
    let _ = Ph { p: std::marker::PhantomData, u: () };
    let _ = T2((), 1);
    let _ = (a, p, ww);
}
