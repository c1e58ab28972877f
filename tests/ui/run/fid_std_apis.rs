use std::collections::{BTreeMap, HashMap, VecDeque};
use std::iter;

fn main() {
    let pow2: Vec<u32> = iter::successors(Some(1u32), |&x| x.checked_mul(2)).take(40).collect();
    println!("{} {:?}", pow2.len(), pow2.last());
    let mut n = 0;
    let squares: Vec<i32> = iter::repeat_with(|| { n += 1; n * n }).take(5).collect();
    println!("{:?}", squares);
    println!("{:?}", iter::once(0).chain(iter::repeat(7).take(2)).collect::<Vec<_>>());
    let v: Vec<i32> = (1..=11).collect();
    let ch = v.chunks_exact(4);
    println!("{:?} rem={:?}", ch.clone().map(|c| c.iter().sum::<i32>()).collect::<Vec<_>>(), ch.remainder());
    let mut words = vec!["delta", "Alpha", "charlie", "bravo", "Echo"];
    words.sort_by_cached_key(|w| w.to_lowercase());
    println!("{:?}", words);
    let mut nums = vec![1, 2, 3, 4, 5, 6, 7, 8];
    nums.retain_mut(|x| { *x *= 10; *x % 20 != 0 });
    println!("{:?}", nums);
    let mut d = vec![1, 1, 2, 3, 3, 3, 4, 1];
    d.dedup_by(|a, b| a == b);
    println!("{:?}", d);
    if let Some((first, rest)) = d.split_first() {
        println!("{} {:?} {:?}", first, rest, rest.split_last());
    }
    println!("{:?} {}", [[1, 2], [3, 4]].concat(), [["a", "b"], ["c", "d"]].iter().map(|p| p.join("")).collect::<Vec<_>>().join("/"));
    let mut arr = [0u8; 6];
    arr.fill(9);
    arr[..3].copy_from_slice(&[1, 2, 3]);
    arr.rotate_left(2);
    arr.swap(0, 5);
    if let Some(l) = arr.last_mut() { *l = 42; }
    println!("{:?} {} {}", arr, arr.contains(&9), arr.starts_with(&[9, 4]));
    let mut o: Option<String> = None;
    o.get_or_insert_with(|| "init".to_string()).push('!');
    println!("{:?}", o.as_deref());
    println!("{:?} {:?}", o.take(), o);
    let mut slot = Some(3);
    let old = slot.replace(5);
    println!("{:?} {:?} {:?} {:?}", old, slot, slot.zip(Some('z')), slot.xor(None::<i32>));
    println!("{:?} {:?} {}", slot.filter(|x| *x > 10), slot.and_then(|x| x.checked_sub(9)), slot.is_some_and(|x| x == 5));
    println!("{} {}", slot.map_or(0, |x| x * 2), None::<i32>.map_or_else(|| -1, |x| x));
    let results: Vec<Result<i32, String>> = vec![Ok(1), Err("bad".into()), Ok(3)];
    let collected: Result<Vec<i32>, String> = results.iter().cloned().collect();
    let oks: Vec<i32> = results.iter().filter_map(|r| r.as_ref().ok()).copied().collect();
    println!("{:?} {:?}", collected, oks);
    let r: Result<Option<i32>, String> = Some(Ok::<i32, String>(4)).transpose();
    println!("{:?} {:?}", r, Err::<i32, &str>("e").or_else(|e| if e == "e" { Ok(0) } else { Err(e) }));
    println!("{:?} {:?}", "12".parse::<i32>().map_err(|e| e.to_string()).and_then(|x| if x > 10 { Ok(x) } else { Err("small".into()) }), Ok::<u8, ()>(3).iter().next());
    let mut s = String::from("Hello, World! 123");
    s.retain(|c| c.is_alphanumeric() || c == ' ');
    let drained: String = s.drain(..6).collect();
    println!("{:?} {:?}", drained, s);
    println!("{:?}", "a\r\nb\nc\r\n".lines().collect::<Vec<_>>());
    println!("{:?}", ["1e3", "inf", "-0.5", "NaN", "abc", " 1"].iter().map(|x| x.parse::<f64>().ok()).collect::<Vec<_>>());
    println!("{:?}", "one two three".split_whitespace().rev().collect::<Vec<_>>());
    println!("{:?}", b"hello world".iter().rposition(|&b| b == b'o'));
    println!("{}", "!?.,a".chars().filter(|c| c.is_ascii_punctuation()).count());
    let mut dq: VecDeque<i32> = (1..=5).collect();
    dq.retain(|x| x % 2 == 1);
    dq.extend([10, 20]);
    println!("{:?} {:?} {:?}", dq, dq.iter().rev().take(2).collect::<Vec<_>>(), dq.contains(&10));
    let mut bt: BTreeMap<&str, i32> = BTreeMap::new();
    for (k, v) in [("b", 2), ("a", 1), ("c", 3)] { bt.insert(k, v); }
    if let Some(v) = bt.get_mut("b") { *v *= 100; }
    println!("{:?} {:?} {:?}", bt.pop_first(), bt.last_key_value(), bt.iter().map(|(k, v)| format!("{k}{v}")).collect::<String>());
    let mut hm: HashMap<char, Vec<usize>> = HashMap::new();
    for (i, c) in "abracadabra".char_indices() { hm.entry(c).or_default().push(i); }
    let mut keys: Vec<_> = hm.iter().filter(|(_, v)| v.len() > 1).map(|(k, v)| (*k, v.len())).collect();
    keys.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    println!("{:?} {}", keys, hm.contains_key(&'z'));
    if let Some(v) = hm.remove(&'a') { println!("removed {:?}, left {}", v, hm.len()); }
    let total: usize = hm.values().map(Vec::len).sum();
    println!("{}", total);
    let nested = vec![vec![1, 2], vec![], vec![3]];
    println!("{:?} {}", nested.iter().flatten().rev().collect::<Vec<_>>(), nested.iter().map(Vec::len).max().unwrap());
    let (evens, odds): (Vec<_>, Vec<_>) = (1..10).partition(|x| x % 2 == 0);
    let pairs: Vec<(i32, i32)> = evens.iter().copied().zip(odds.iter().copied()).collect();
    let (a, b): (Vec<i32>, Vec<i32>) = pairs.iter().cloned().unzip();
    println!("{:?} {:?} {:?}", pairs, a, b);
    println!("{:?}", (1..=3).flat_map(|x| iter::repeat(x).take(x as usize)).collect::<Vec<_>>());
    println!("{:?}", v.iter().map_while(|&x| if x < 4 { Some(x * 3) } else { None }).collect::<Vec<_>>());
    println!("{:?} {:?}", v.iter().min_by_key(|x| (*x - 6).abs()), v.iter().rev().find_map(|&x| if x % 4 == 0 { Some(x * 100) } else { None }));
    println!("{}", v.iter().try_fold(0i32, |acc, &x| acc.checked_add(x)).unwrap());
    println!("{:?}", v.iter().try_fold(0i8, |acc, &x| acc.checked_add(x as i8 * 10)));
    let mut it = v.iter().peekable();
    let mut groups = Vec::new();
    while let Some(&x) = it.next() {
        let mut g = vec![x];
        while let Some(&&y) = it.peek() { if y / 4 == x / 4 { g.push(y); it.next(); } else { break; } }
        groups.push(g);
    }
    println!("{:?}", groups);
    println!("{}", v.iter().is_sorted());
    println!("{:?} {:?}", v.first().copied().unwrap_or_default(), v.get(99));
}
