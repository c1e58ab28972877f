#[derive(Clone, Debug, Default, PartialOrd, PartialEq)]
struct A { x: f64 }
#[derive(Debug, Clone, Copy)]
struct B { x: i32 }
#[derive(Debug)]
enum E { V { f: i32 }, W(i32, i32) }
#[derive(Clone, Debug)]
struct T(i32, u8, i32);
struct G<T>(T, Option<T>);
struct Z(std::marker::PhantomData<u8>, [u8; 0], i32);
fn main() {
    let a = A { x: 1.0 };
    let b = B { x: 1 };
    let e = E::V { f: 1 };
    let e2 = E::W(1, 2);
    let mut t = T(1, 2, 3);
    t.1 += 1;
    let _ = G(1, None);
    let z = Z(std::marker::PhantomData, [], 3);
    let Z(_, _, _) = z;
    println!("{:?} {:?} {:?} {:?} {:?}", a, b, e, e2, t);
}
