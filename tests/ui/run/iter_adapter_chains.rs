// Iterator adapter chains consumed by `for`, `fold`, `sum`, `count`, `collect`, `max`,
// `for_each` and searched by `any`/`all`/`position`/`find`: the closures run in the same
// order and the same number of times as std's adapters call them, and a searched
// iterator stays usable at the right place.
use std::cell::Cell;

fn main() {
    let v: Vec<i64> = (0..20).map(|x| (x * 7 + 3) % 11).collect();
    println!("{:?} cap {}", v, v.capacity());

    let calls = Cell::new(0);
    let evens: Vec<i64> = v
        .iter()
        .filter(|&&x| {
            calls.set(calls.get() + 1);
            x % 2 == 0
        })
        .map(|&x| x * 10)
        .collect();
    println!("{:?} len {} cap {} calls {}", evens, evens.len(), evens.capacity(), calls.get());
    let none: Vec<i64> = v.iter().filter(|x| **x > 100).cloned().collect();
    println!("{:?} cap {}", none, none.capacity());
    let bytes: Vec<u8> = (0u8..10).filter(|b| b % 3 == 0).collect();
    println!("{:?} cap {}", bytes, bytes.capacity());

    // Side effects in order: map, then the filter, then the fold's closure, per item.
    let total = (1..=5)
        .map(|x| {
            print!("m{} ", x);
            x * x
        })
        .filter(|x| {
            print!("f{} ", x);
            x % 2 == 1
        })
        .fold(0, |acc, x| {
            print!("a{} ", x);
            acc + x
        });
    println!("= {}", total);

    // take: the inner iterator is not advanced past the n-th item.
    let seen = Cell::new(0);
    let firsts: i32 = (0..100).map(|x| { seen.set(seen.get() + 1); x }).take(3).sum();
    println!("take {} seen {}", firsts, seen.get());
    // skip calls the map closure for the skipped items too.
    let seen2 = Cell::new(0);
    let rest: i32 = (0..10).map(|x| { seen2.set(seen2.get() + 1); x }).skip(7).sum();
    println!("skip {} seen {}", rest, seen2.get());
    // step_by: every n-th, the skipped ones still pass through map.
    let seen3 = Cell::new(0);
    let stepped: Vec<i32> = (0..10).map(|x| { seen3.set(seen3.get() + 1); x }).step_by(4).collect();
    println!("step_by {:?} seen {}", stepped, seen3.get());
    let s2: Vec<usize> = (0..7usize).step_by(3).collect();
    let s3: Vec<&i64> = v.iter().step_by(6).collect();
    println!("{:?} {:?}", s2, s3);

    // rev over ranges, inclusive ranges, slices and adapters of them.
    let r: Vec<i32> = (1..=4).rev().collect();
    let r2: Vec<i64> = v.iter().rev().map(|x| x + 1).take(3).collect();
    let r3: Vec<i32> = (0..10).filter(|x| x % 3 == 0).rev().collect();
    let r4: Vec<u8> = (250u8..=255).rev().step_by(2).collect();
    println!("{:?} {:?} {:?} {:?}", r, r2, r3, r4);
    for (i, x) in v.iter().enumerate().rev().take(2) {
        print!("[{} {}] ", i, x);
    }
    println!();

    // zip stops at the shorter side without pulling the longer one further.
    let pulls = Cell::new(0);
    let pairs: Vec<(i64, i32)> = v
        .iter()
        .copied()
        .take(3)
        .zip((0..).map(|y| { pulls.set(pulls.get() + 1); y * 2 }))
        .collect();
    println!("{:?} pulls {}", pairs, pulls.get());
    let dot: i64 = v.iter().zip(v.iter().skip(1)).map(|(a, b)| a * b).sum();
    let mut pairs2 = Vec::new();
    for p in v.iter().zip(v.iter().rev()).skip(18) {
        pairs2.push(p);
    }
    println!("dot {} {:?}", dot, pairs2);

    // take_while stops at the first failure; skip_while skips only a prefix.
    let tw: Vec<i64> = v.iter().copied().take_while(|&x| x != 0).collect();
    let sw: Vec<i64> = v.iter().copied().skip_while(|&x| x != 0).collect();
    println!("{:?} {:?}", tw, sw);

    // enumerate, count, max, min, for_each.
    let big = v.iter().filter(|x| **x > 5).count();
    let m = v.iter().map(|x| x * 3).max();
    let mn = v.iter().skip(3).min();
    let e: Vec<(usize, char)> = "héllo".chars().enumerate().filter(|(i, _)| i % 2 == 0).collect();
    let mut acc = Vec::new();
    (0..4).rev().for_each(|x| acc.push(x * x));
    println!("{} {:?} {:?} {:?} {:?}", big, m, mn, e, acc);

    // Searches leave the iterator just after the item found.
    let mut it = v.iter();
    let p = it.position(|&x| x == 9);
    let next = it.next();
    let found = it.find(|&&x| x > 8);
    println!("{:?} {:?} {:?} {:?}", p, next, found, it.len());
    let mut r = 0..10;
    let a = r.any(|x| x == 3);
    println!("{} {:?}", a, r);
    let b = r.all(|x| x < 6);
    println!("{} {:?}", b, r);
    let mut e = v.iter();
    println!("{} {} {:?}", e.any(|&x| x > 100), e.all(|&x| x >= 0), e.next());

    // Breaking out of a `for` over an adapter chain stops pulling items.
    let pulled = Cell::new(0);
    for x in (0..).map(|x| { pulled.set(pulled.get() + 1); x * x }).filter(|x| x % 2 == 1) {
        if x > 30 {
            break;
        }
        print!("{} ", x);
    }
    println!("pulled {}", pulled.get());
}
