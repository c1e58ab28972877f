struct Never;
struct Used { a: i32 }
enum E { A, B }
enum Gone { X }
struct Tup(i32);
fn main() {
    let u = Used { a: 1 };
    println!("{}", u.a);
    let e = E::A;
    let _ = e;
}
