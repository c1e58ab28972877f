// Reading, writing and borrowing `Vec` elements by index: values, methods on elements,
// `&`/`&mut` borrows, raw pointers, compound assignment; then an out-of-bounds read.
#[derive(Debug, Clone, Copy, PartialEq)]
struct P { x: i32 }

fn bump(p: &mut i32) {
    *p += 100;
}

fn main() {
    let mut v = vec![10, 20, 30];
    let mut w = vec![P { x: 1 }, P { x: 2 }];
    let mut s = vec![String::from("a"), String::from("b")];
    v[1] += v[0];
    bump(&mut v[2]);
    let r = &v[0];
    println!("{} {:?}", r, v);
    w[0].x = w[1].x * 5;
    let q = w[1];
    w[1].x += 1;
    s[0].push_str("zz");
    let l = s[1].len() + s[0].len();
    println!("{:?} {:?} {:?} {}", w, q, s, l);
    let p = &v[1] as *const i32;
    unsafe {
        println!("{}", *p);
    }
    let m = &mut v[0];
    *m -= 1;
    v[0] += 1000;
    let idx = v.len() - 1;
    let grid = vec![vec![1u8, 2], vec![3, 4]];
    let t = grid[1][0] + grid[0][1];
    println!("{:?} {} {}", v, v[idx], t);
    let bad = 7;
    println!("{}", grid[1][bad - 5]);
}
