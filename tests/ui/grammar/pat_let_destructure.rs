// `let` with type annotations and patterns: tuples with `mut` on some
// bindings, nested tuples, arrays, structs, ignored parts and deferred
// initialisation.

#[derive(Debug)]
struct Bounds {
    min: (i32, i32),
    max: (i32, i32),
}

fn min_max(values: &[i32]) -> (i32, i32) {
    let mut lo = i32::MAX;
    let mut hi = i32::MIN;
    for &v in values {
        lo = lo.min(v);
        hi = hi.max(v);
    }
    (lo, hi)
}

fn main() {
    let (a, mut b): (i32, i32) = (10, 20);
    b += a;
    println!("a = {}, b = {}", a, b);

    let ((x, y), z): ((u8, u8), char) = ((1, 2), 'z');
    println!("x = {}, y = {}, z = {}", x, y, z);

    let (lo, hi) = min_max(&[7, -3, 15, 0, 9]);
    println!("range of data: {}..={}", lo, hi);

    let [first, second, _, fourth]: [&str; 4] = ["north", "east", "south", "west"];
    println!("{} {} {}", first, second, fourth);

    let (_, _, third) = (1, 2, 3);
    let (head, ..) = ("only-head", 0, 0.0, 'c');
    let (.., tail) = (0u8, false, "only-tail");
    println!("{} {} {}", third, head, tail);

    let Bounds { min: (min_x, min_y), max: (max_x, mut max_y) } = Bounds { min: (0, 0), max: (640, 480) };
    max_y -= 80;
    println!("area {}x{}", max_x - min_x, max_y - min_y);

    // deferred initialisation, assigned exactly once on every path
    let label: &str;
    let bonus: u32;
    if hi > 10 {
        label = "wide";
        bonus = 5;
    } else {
        label = "narrow";
        bonus = 0;
    }
    println!("{} (+{})", label, bonus);

    // destructuring assignment to existing variables
    let (mut p, mut q) = (1, 2);
    (p, q) = (q, p);
    println!("swapped: p = {}, q = {}", p, q);
    let mut arr = [0; 3];
    [arr[0], _, arr[2]] = [7, 8, 9];
    println!("arr = {:?}", arr);
    let mut fib = (0u64, 1u64);
    for _ in 0..10 {
        (fib.0, fib.1) = (fib.1, fib.0 + fib.1);
    }
    println!("fib after 10 steps: {:?}", fib);
    let (s, t);
    (s, t) = ("left", "right");
    println!("{} {}", s, t);

    let b2: Bounds;
    b2 = Bounds { min: (-1, -1), max: (1, 1) };
    let Bounds { max, .. } = b2;
    println!("max {:?}", max);

    let v: Vec<(String, u32)> = vec![("kiwi".into(), 3), ("fig".into(), 12)];
    for (i, (name, qty)) in v.iter().enumerate() {
        let (name_len, doubled): (usize, u32) = (name.len(), qty * 2);
        println!("{} {} {} {}", i, name, name_len, doubled);
    }
}
