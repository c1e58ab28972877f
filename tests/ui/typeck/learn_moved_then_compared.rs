#[derive(Debug)]
struct P { x: i32 }
fn main() {
    let a = P { x: 1 };
    let b = a;
    println!("{:?} {:?}", a, b);
    let c = P { x: 2 };
    if c == b { println!("eq"); }
}
