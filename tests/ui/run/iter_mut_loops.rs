// `iter_mut` loops and adapters: writes through the items land in the slice.
#[derive(Debug)]
struct P { x: f64, v: f64 }

fn main() {
    let mut v = vec![1, 2, 3, 4, 5];
    for x in v.iter_mut() {
        *x *= 10;
    }
    for (i, x) in v.iter_mut().enumerate().skip(1) {
        *x += i as i32;
    }
    v.iter_mut().rev().take(2).for_each(|x| *x = -*x);
    println!("{:?}", v);
    let mut ps = vec![P { x: 0.0, v: 1.5 }, P { x: 2.0, v: -0.5 }];
    for _ in 0..3 {
        for p in ps.iter_mut() {
            p.x += 0.1 * p.v;
        }
    }
    let n = ps.iter_mut().filter(|p| p.x > 1.0).map(|p| { p.v = 0.0; 1 }).count();
    println!("{:?} {}", ps, n);
    let mut arr = [1u8, 2, 3];
    for b in arr.iter_mut().step_by(2) {
        *b = b.wrapping_mul(200);
    }
    let s = &mut v[1..4];
    for x in s.iter_mut() {
        *x -= 1;
    }
    println!("{:?} {:?}", arr, v);
    let mut words = vec![String::from("a"), String::from("bb")];
    for w in words.iter_mut() {
        w.push('!');
    }
    println!("{:?}", words);
    // `max`/`min` of `&mut` items are references into the slice.
    let mut nums = vec![3, 9, 4, 9, 1];
    *nums.iter_mut().max().unwrap() += 100;
    *nums.iter_mut().min().unwrap() -= 100;
    let top = nums.iter().copied().max();
    println!("{:?} {:?}", nums, top);
}
