// Closures inlined into iterator loops: captures (by reference, by value, mutable),
// filters, pairs from zip/enumerate, count/any/all/position/find/for_each/collect,
// the iterator's position after a search, and evaluation order of the closures.
use std::cell::Cell;

struct Noisy(i32);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop Noisy({})", self.0);
    }
}

fn main() {
    let v: Vec<i64> = (0..20).map(|x| (x * 7 + 3) % 11).collect();
    let limit = 5;
    let scale = 3i64;
    let calls = Cell::new(0);

    // Captures by reference (a local, a Cell) in map/filter layers of sum, count, collect.
    let s: i64 = v.iter().filter(|&&x| { calls.set(calls.get() + 1); x > limit }).map(|&x| x * scale).sum();
    let c = v.iter().filter(|x| **x < limit).count();
    let picked: Vec<i64> = v.iter().map(|x| x + scale).filter(|x| x % 2 == 0).collect();
    let squares: Vec<i64> = (0..6i64).map(|x| { let y = x * scale; y * y - limit }).collect();
    println!("{} {} {:?} {:?} calls={}", s, c, picked, squares, calls.get());

    // Pairs: zip and enumerate, read by position or kept whole.
    let dot: i64 = v.iter().zip(v.iter().skip(1)).map(|(a, b)| a * b - limit).sum();
    let pairs: Vec<(usize, i64)> = v.iter().enumerate().map(|(i, &x)| (i, x)).filter(|p| p.1 > 8).collect();
    let firsts: Vec<i64> = v.iter().zip(v.iter().rev()).map(|p| *p.0 + *p.1 * scale).collect();
    println!("{} {:?} {:?}", dot, pairs, firsts);

    // Searches keep the iterator usable; the closure sees captures.
    let mut it = v.iter();
    let found = it.position(|&x| x == limit as i64);
    let next = it.next();
    let any_big = it.any(|&x| x > scale * 3);
    let after_any = it.next();
    let all_small = v.iter().all(|&x| x < 11);
    let none_found = v.iter().find(|&&x| x > 100);
    let mut r = 3..40;
    let hit = r.find(|x| x % limit == 4);
    println!("{:?} {:?} {} {:?} {} {:?} {:?} {:?}", found, next, any_big, after_any, all_small, none_found, hit, r.next());

    // for_each with a mutable capture; a moved capture with a destructor.
    let mut total = 0i64;
    v.iter().for_each(|x| total += x * scale);
    let n = Noisy(7);
    let k = v.iter().filter(move |&&x| { let r = &n; x == r.0 as i64 }).count();
    println!("{} {}", total, k);

    // Remainders compared with zero, whatever the dividend's sign; float halves.
    let negs: Vec<i64> = (-9..9).filter(|x| x % 4 == 0).collect();
    let odd = (-7i32..7).filter(|x| x % -3 != 0).count();
    let halves: Vec<f64> = negs.iter().map(|&x| x as f64 / 2.0 - 0.25).collect();
    println!("{:?} {} {:?} {}", negs, odd, halves, -7 % 3);

    // Overflow inside an inlined closure still panics at the closure's line.
    let big = vec![i64::MAX / 2, i64::MAX / 2, 5];
    let r = std::panic::catch_unwind(|| big.iter().map(|x| x * 2 + scale).sum::<i64>());
    println!("overflowed: {}", r.is_err());
    let mut it2 = big.iter();
    let r2 = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| it2.any(|&x| x * 3 > 0)));
    println!("{} {:?}", r2.is_err(), it2.next());
}
