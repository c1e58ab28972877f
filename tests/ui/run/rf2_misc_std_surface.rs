use std::any::Any;
use std::collections::HashMap;
use std::mem;

trait Component: Any + std::fmt::Debug { fn update(&mut self, dt: f32); fn as_any(&self) -> &dyn Any; fn name(&self) -> String { format!("{:?}", self).split(|c: char| !c.is_alphanumeric()).next().unwrap_or("").to_string() } }
#[derive(Debug, Default)] struct Pos { x: f32, y: f32 }
#[derive(Debug)] struct Timer { left: f32, fired: u32 }
impl Component for Pos { fn update(&mut self, dt: f32) { self.x += dt * 1.5; self.y -= dt; } fn as_any(&self) -> &dyn Any { self } }
impl Component for Timer { fn update(&mut self, dt: f32) { self.left -= dt; if self.left <= 0.0 { self.fired += 1; self.left += 0.3; } } fn as_any(&self) -> &dyn Any { self } }

#[derive(Debug, Default, Clone, PartialEq)]
enum Mode { #[default] Idle, Run(u8), Stop { code: i32 } }

struct Cache<F: Fn(u64) -> u64> { f: F, map: HashMap<u64, u64>, hits: u32 }
impl<F: Fn(u64) -> u64> Cache<F> {
    fn new(f: F) -> Self { Cache { f, map: HashMap::new(), hits: 0 } }
    fn get(&mut self, k: u64) -> u64 { if let Some(&v) = self.map.get(&k) { self.hits += 1; return v; } let v = (self.f)(k); self.map.insert(k, v); v }
}

fn main() {
    let mut comps: Vec<Box<dyn Component>> = vec![Box::new(Pos::default()), Box::new(Timer { left: 0.5, fired: 0 })];
    for _ in 0..7 { for c in comps.iter_mut() { c.update(0.1); } }
    for c in &comps {
        if let Some(p) = c.as_any().downcast_ref::<Pos>() { println!("pos {:.2} {:.2} {}", p.x, p.y, c.name()); }
        else if let Some(t) = c.as_any().downcast_ref::<Timer>() { println!("timer {:.3} fired {} {}", t.left, t.fired, c.name()); }
    }
    println!("{:?}", comps);
    let b: Box<dyn Any> = Box::new(42i64);
    println!("{:?} {:?}", b.downcast_ref::<i32>(), b.downcast_ref::<i64>());
    match b.downcast::<i64>() { Ok(v) => println!("got {}", v), Err(_) => println!("nope") }
    let mut m = Mode::default();
    println!("{:?}", m);
    let old = mem::replace(&mut m, Mode::Run(3));
    println!("{:?} {:?}", old, m);
    let taken = mem::take(&mut m);
    println!("{:?} {:?} {}", taken, m, taken != Mode::Stop { code: 1 });
    let (mut a, mut b2) = (vec![1], vec![2, 3]);
    mem::swap(&mut a, &mut b2);
    println!("{:?} {:?}", a, b2);
    let mut o: Option<i32> = None;
    *o.get_or_insert_with(|| 5) += 1;
    println!("{:?}", o); let tk = o.take(); println!("{:?} {:?}", tk, o);
    let rp = o.replace(9); println!("{:?} {:?}", rp, o);
    let mut c = Cache::new(|n| (1..=n).product());
    println!("{} {} {} hits={}", c.get(10), c.get(5), c.get(10), c.hits);
    let mut v: Vec<i32> = (1..=10).collect();
    let drained: Vec<i32> = v.drain(2..5).collect();
    println!("{:?} {:?}", drained, v);
    let removed: Vec<i32> = v.splice(1..3, [100, 200, 300]).collect();
    println!("{:?} {:?}", removed, v);
    let tail = v.split_off(5);
    println!("{:?} {:?}", v, tail);
    v.extend_from_slice(&tail[1..]);
    v.rotate_right(2);
    println!("{:?}", v);
    v[..3].fill(0);
    v.swap(0, 6);
    println!("{:?} {} {}", v, v.contains(&200), v.starts_with(&[10]));
    let mut w = vec![5, 1, 4, 2, 3, 9, 0];
    let (lo, mid, hi) = w.select_nth_unstable(3);
    let (mut lo, mid, mut hi) = (lo.to_vec(), *mid, hi.to_vec()); lo.sort(); hi.sort();
    println!("{:?} {} {:?}", lo, mid, hi);
    w.sort_unstable_by_key(|x| std::cmp::Reverse(*x));
    println!("{:?} {}", w, w.is_sorted_by(|a, b| a >= b));
    for ch in [1, 2, 3, 4, 5, 6, 7].chunks_exact(3) { print!("{:?}", ch); }
    println!(" rem {:?}", [1, 2, 3, 4, 5, 6, 7].chunks_exact(3).remainder());
    println!("{:?}", [1, 2, 3, 4, 5].rchunks(2).collect::<Vec<_>>());
    println!("{:?}", [1, 0, 2, 3, 0, 4].split(|x| *x == 0).collect::<Vec<_>>());
    println!("{:?}", [1, 1, 2, 3, 3, 3].chunk_by(|a, b| a == b).map(|g| (g[0], g.len())).collect::<Vec<_>>());
    println!("{:?}", vec![vec!["a", "b"], vec!["c"]].concat().join("+"));
    println!("{:?}", [[1, 2], [3, 4]].concat());
    println!("{:?}", std::iter::zip([1, 2, 3], ['a', 'b']).collect::<Vec<_>>());
    println!("{:?}", "ǆ ß ﬁ İ".chars().flat_map(char::to_uppercase).collect::<String>());
    println!("{:?}", "ὈΔΥΣΣΕΎΣ".to_lowercase());
    println!("{}", (200u8 as char, 'é' as u8, 'é' as u32).0);
    println!("[{:>6}] [{:<4}] [{:^7}]", "héé", "日本", "ñ");
    for s in ["+0", "-0", " 1", "1_000", "0x10", "٣"] { print!("{:?} ", s.parse::<i32>().ok()); }
    println!();
    println!("{:?}", ["1.", ".5", "1e", "E5", "+.5e-1", "0x1p3", "infinity", "NaN"].map(|s| s.parse::<f64>().ok()));
    let total: f32 = [0.1f32, 0.2, 0.3].iter().sum();
    let total64: f64 = [0.1f64, 0.2, 0.3].iter().sum();
    println!("{} {} {}", total, total64, [1.5f64, 2.0].iter().product::<f64>());
    let mut hm: HashMap<String, Vec<u32>> = HashMap::new();
    hm.entry("x".into()).or_default().extend([3, 1, 2]);
    let e = hm.entry("x".to_string());
    println!("{:?}", e.key());
    if let std::collections::hash_map::Entry::Occupied(mut o) = hm.entry("x".into()) { o.get_mut().sort(); println!("{:?}", o.get()); let v = o.remove(); println!("{:?}", v); }
    println!("{}", hm.is_empty());
    println!("{:?}", [3, 1, 2].iter().is_sorted());
    println!("{:?}", (1..=4).flat_map(|i| (1..=i).map(move |j| i * j)).filter(|x| x % 2 == 0).collect::<Vec<_>>());
    println!("{:?}", [1, 2, 3].iter().rev().skip_while(|&&x| x > 2).collect::<Vec<_>>());
    println!("{:?}", (0..20).step_by(5).rev().collect::<Vec<_>>());
    println!("{:?}", (0..5).map(|x| x * 2).rev().enumerate().last());
    let s = [i32::MAX, 1];
    println!("{:?}", s.iter().map(|&x| x as i64).sum::<i64>());
    println!("{}", s.iter().sum::<i32>());
}
