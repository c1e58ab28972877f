struct S1 { a: i32 }
fn unused1() {}
#[derive(PartialEq, Debug, Hash, Clone)]
struct S2 { b: i32, c: i32 }
impl S2 { fn m(&self) {} }
enum En { X, Y }
struct S3 { d: i32 }
impl Default for S3 { fn default() -> Self { S3 { d: 0 } } }
struct S4 { e: i32 }
impl S4 { fn get(&self) -> i32 { self.e } }
mod inner {
    pub struct S5 { pub f: i32, g: i32 }
    pub fn mk() -> S5 { S5 { f: 1, g: 2 } }
}
struct Gen<T> { t: T, n: usize }
fn main() {
    let s1 = S1 { a: 1 };
    let s2 = S2 { b: 1, c: 2 };
    let _ = s2 == s2.clone();
    let _ = En::X;
    let s3 = S3::default();
    let _ = S4 { e: 2 };
    let s5 = inner::mk();
    println!("{}", s5.f);
    let g = Gen { t: 1u8, n: 2 };
    let Gen { t, .. } = g;
    let _ = (s1, s3, t);
    let s4 = S4 { e: 3 };
    let f = |x: &S4| x.get();
    let _ = f;
}
