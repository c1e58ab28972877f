// `Copy` where every field is `Copy`, including generic fields bounded by `Copy`.
#[derive(Clone, Copy, Debug)]
struct Point {
    x: i32,
    y: (u8, char),
    tag: &'static str,
}

#[derive(Clone, Copy, Debug)]
struct Pair<T> {
    a: T,
    b: T,
}

#[derive(Clone, Copy, Debug)]
enum Dir {
    Up,
    Down(i8),
}

fn main() {
    let p = Point { x: 1, y: (2, 'c'), tag: "t" };
    let q = p;
    let pair = Pair { a: 1.0, b: 2.0 };
    let d = Dir::Down(1);
    println!("{:?} {:?} {:?} {:?} {:?}", p, q, pair, pair, [d, Dir::Up]);
}
