use std::mem;

#[derive(Debug, Default, Clone, PartialEq)]
struct Item {
    id: u32,
    name: String,
    qty: i32,
}

fn describe(s: &[i32]) -> String {
    match s {
        [] => "empty".to_string(),
        [x] => format!("one: {}", x),
        [first, second] => format!("two: {} {}", first, second),
        [first, .., last] if first == last => format!("bookends {}", first),
        [first, rest @ ..] => format!("first {} then {} more (sum {})", first, rest.len(), rest.iter().sum::<i32>()),
    }
}

fn classify(n: i32) -> &'static str {
    match n {
        i32::MIN..=-1 => "negative",
        0 => "zero",
        x @ 1..=9 if x % 2 == 0 => "small even",
        1..=9 => "small odd",
        10 | 20 | 30 => "round",
        _ => "big",
    }
}

fn main() {
    for s in [&[][..], &[1], &[1, 2], &[5, 3, 5], &[1, 2, 3, 4]] {
        println!("{:?} -> {}", s, describe(s));
    }
    for n in [-5, 0, 4, 7, 20, 99] {
        println!("{} is {}", n, classify(n));
    }
    let mut v: Vec<i32> = (1..=12).collect();
    v.rotate_left(3);
    println!("rotate_left: {:?}", v);
    v.rotate_right(5);
    println!("rotate_right: {:?}", v);
    v.swap(0, 11);
    println!("swap: {:?}", v);
    {
        let (a, b) = v.split_at_mut(6);
        a[0] += b[0];
        b[5] = -1;
        mem::swap(&mut a[1], &mut b[1]);
    }
    println!("split_at_mut: {:?}", v);
    let drained: Vec<i32> = v.drain(2..5).collect();
    println!("drained {:?}, left {:?}", drained, v);
    v.retain(|&x| x % 3 != 0);
    println!("retain: {:?}", v);
    v.sort_unstable();
    println!("sorted: {:?}", v);
    for target in [5, 6, -1, 100] {
        println!("binary_search({}) = {:?}", target, v.binary_search(&target));
    }
    let mut words = vec!["apple", "avocado", "banana", "blueberry", "cherry", "apricot", "cranberry"];
    words.sort_unstable_by_key(|w| (w.len(), *w));
    println!("{:?}", words);
    words.sort_by_key(|w| w.chars().next());
    words.dedup_by_key(|w| w.chars().next());
    println!("dedup_by_key: {:?}", words);
    let data = [1u8, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    let mut it = data.chunks_exact(4);
    for c in it.by_ref() {
        println!("chunk {:?}", c);
    }
    println!("remainder {:?}", it.remainder());
    println!("rchunks {:?}", data.rchunks(3).collect::<Vec<_>>());
    println!("split {:?}", data.split(|x| x % 4 == 0).collect::<Vec<_>>());
    println!("contains {} starts {} ends {}", data.contains(&7), data.starts_with(&[1, 2]), data.ends_with(&[11]));
    println!("concat {:?}", [[1, 2], [3, 4]].concat());
    println!("join {:?}", [vec![1], vec![2, 3]].join(&0));
    println!("first/last {:?} {:?} {:?}", data.first(), data.last(), data.split_first().map(|(f, r)| (*f, r.len())));
    println!("iter().rev().position {:?}", data.iter().rposition(|&x| x < 5));
    let mut a = Item { id: 1, name: "bolt".into(), qty: 10 };
    let old = mem::replace(&mut a.name, "nut".into());
    println!("replaced {} -> {}", old, a.name);
    let taken = mem::take(&mut a);
    println!("taken {:?}, left {:?}", taken, a);
    let mut x = 5;
    let mut y = 10;
    mem::swap(&mut x, &mut y);
    println!("x={} y={}", x, y);
    let mut items = vec![
        Item { id: 3, name: "c".into(), qty: 1 },
        Item { id: 1, name: "a".into(), qty: 5 },
        Item { id: 2, name: "b".into(), qty: 5 },
    ];
    items.sort_by(|p, q| q.qty.cmp(&p.qty).then_with(|| p.name.cmp(&q.name)));
    println!("{:?}", items.iter().map(|i| i.id).collect::<Vec<_>>());
    let total: i32 = items.iter().map(|i| i.qty).sum();
    println!("total {}", total);
    let mut grid = vec![vec![0; 4]; 3];
    for (r, row) in grid.iter_mut().enumerate() {
        for (c, cell) in row.iter_mut().enumerate() {
            *cell = r * 10 + c;
        }
    }
    let col2: Vec<usize> = grid.iter().map(|row| row[2]).collect();
    println!("grid {:?} col2 {:?}", grid, col2);
    let mut arr = [9, 4, 7, 1];
    arr.sort();
    arr.reverse();
    println!("{:?} {}", arr, arr.len());
    let mut s = vec![1, 1, 2, 3, 3, 3, 4, 1];
    s.dedup();
    println!("dedup {:?}", s);
    s.truncate(3);
    s.insert(1, 42);
    s.extend_from_slice(&[7, 8]);
    println!("{:?} removed {} swap_removed {}", s.clone(), s.remove(0), s.swap_remove(0));
    println!("{:?}", s);
    let v2: Vec<i32> = Vec::from([3, 1, 2]);
    println!("{:?} max {:?} iter min {:?}", v2, v2.iter().max(), v2.iter().min());
    println!("fill {:?}", { let mut z = [0; 5]; z[1..4].fill(7); z });
    println!("copy_within {:?}", { let mut z = [1, 2, 3, 4, 5]; z.copy_within(0..2, 3); z });
    println!("split_off {:?}", { let mut z = vec![1, 2, 3, 4]; let t = z.split_off(1); (z, t) });
    println!("windows max {:?}", [1, 3, 2, 5, 4].windows(2).map(|w| w[0].max(w[1])).collect::<Vec<_>>());
    println!("repeat {:?}", [1, 2].repeat(3));
    println!("to_vec sort_by float {:?}", { let mut f = vec![2.5, -1.0, 9.75, 0.0]; f.sort_by(|a, b| a.partial_cmp(b).unwrap()); f });
    println!("total_cmp {:?}", { let mut f = vec![2.5f64, f64::NAN, -0.0, 0.0, -1.0]; f.sort_by(f64::total_cmp); f });
}
