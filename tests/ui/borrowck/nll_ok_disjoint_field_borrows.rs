// Mutable borrows of two different fields of a struct coexist.
struct Pair {
    x: Vec<i32>,
    y: Vec<i32>,
}

fn main() {
    let mut s = Pair { x: vec![1], y: vec![2] };
    let a = &mut s.x;
    let b = &mut s.y;
    a.push(b[0]);
    b.push(a[0]);
    println!("{:?} {:?}", s.x, s.y);
}
