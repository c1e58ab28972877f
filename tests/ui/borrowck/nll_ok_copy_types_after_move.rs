// Copy types (integers, tuples of Copy, derived Copy structs) stay usable after a "move".
#[derive(Clone, Copy, Debug)]
struct Point {
    x: i32,
    y: i32,
}

fn length2(p: Point) -> i32 {
    p.x * p.x + p.y * p.y
}

fn main() {
    let p = Point { x: 3, y: 4 };
    let q = p;
    let n = 5u8;
    let m = n;
    let t = (1, 'a');
    let u = t;
    println!("{} {:?} {:?} {} {} {:?} {:?}", length2(p), p, q, n, m, t, u);
}
