// A `move` closure using `g.names` with `g: &G` captures the reference `g` (the place
// ends before its first deref), not the field: nested in an `FnMut` closure, that copies
// `g` rather than moving `g.names` out of the outer closure's capture.
struct G {
    names: Vec<u8>,
}

fn all(g: &G) -> Vec<u8> {
    (0..2usize).flat_map(move |i| (0..=i).map(move |j| g.names[j])).collect()
}

struct S {
    v: Vec<i32>,
    n: i32,
}

fn main() {
    let g = G { names: vec![1, 2] };
    println!("{:?}", all(&g));
    let mut s = S { v: vec![1], n: 0 };
    let r = &mut s;
    let mut f = move || {
        r.n += 1;
        r.v.push(r.n);
    };
    f();
    f();
    println!("{:?} {}", s.v, s.n);
    let b = Box::new(S { v: vec![2], n: 5 });
    let take = || b.v;
    println!("{:?}", take());
}
