// `step_by` on ranges, inclusive ranges, slices and adapters: the first item, then every
// n-th; steps larger than the length; empty ranges; reversed; and `step_by(0)` panics.
fn main() {
    println!("{:?}", (0..10).step_by(3).collect::<Vec<_>>());
    println!("{:?}", (0..=10).step_by(5).collect::<Vec<_>>());
    println!("{:?}", (5..5).step_by(2).collect::<Vec<i32>>());
    println!("{:?}", (0..3).step_by(100).collect::<Vec<_>>());
    println!("{:?}", (0u8..=255).step_by(64).collect::<Vec<_>>());
    println!("{:?}", (-10i64..10).rev().step_by(7).collect::<Vec<_>>());
    let v: Vec<u32> = (1..=9).collect();
    println!("{:?}", v.iter().step_by(4).collect::<Vec<_>>());
    println!("{:?}", v.iter().skip(1).step_by(2).map(|x| x * 10).collect::<Vec<_>>());
    let mut total = 0u64;
    for x in (1..=20u64).step_by(6) {
        total += x;
    }
    let mut it = (0..10).step_by(4);
    let first = it.next();
    let rest: Vec<i32> = it.collect();
    println!("{} {:?} {:?}", total, first, rest);
    let n: usize = (0..1000).step_by(3).filter(|x| x % 2 == 0).count();
    println!("{}", n);
    // Counts beyond any length: `take`, `skip` and `step_by` of `usize::MAX`.
    let a: Vec<&u32> = v.iter().take(usize::MAX).collect();
    let b: Vec<&u32> = v.iter().skip(usize::MAX).collect();
    let c: Vec<i32> = (0..10).step_by(usize::MAX).collect();
    let d: i32 = (0..5).map(|x| x * 3).skip(usize::MAX - 1).sum();
    println!("{:?} {:?} {:?} {}", a, b, c, d);
    let s = (0..10).step_by(0).count();
    println!("unreachable {}", s);
}
