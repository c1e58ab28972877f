// `Vec::extend` from iterator chains (exact and filtered), `extend_from_slice`,
// `contains`: the elements and the capacities std reaches.
fn main() {
    let mut v: Vec<i32> = Vec::new();
    v.extend((0..5).map(|x| x * x));
    println!("{:?} {}", v, v.capacity());
    v.extend(v.clone().iter().filter(|x| *x % 2 == 0).map(|x| x + 1));
    println!("{:?} {}", v, v.capacity());
    let mut w = Vec::with_capacity(2);
    w.extend([7, 8, 9].iter().copied().filter(|_| true));
    w.extend_from_slice(&[1, 2, 3, 4, 5, 6]);
    println!("{:?} {}", w, w.capacity());
    let mut b: Vec<u8> = vec![1];
    b.extend("hi".bytes());
    b.extend((0u8..20).step_by(7));
    b.extend_from_slice(b"xy");
    println!("{:?} {}", b, b.capacity());
    let mut s: Vec<String> = Vec::new();
    s.extend(["a", "b"].iter().map(|x| x.to_string()));
    let mut e: Vec<i32> = Vec::new();
    e.extend((0..10).filter(|x| *x > 100));
    println!("{:?} {:?} {}", s, e, e.capacity());
    println!("{} {} {}", v.contains(&16), w.contains(&0), "abc".as_bytes().contains(&b'c'));
    let cs = ['x', 'y'];
    println!("{} {}", cs.contains(&'y'), [true].contains(&false));
}
