struct Fib {
    a: u64,
    b: u64,
}

impl Iterator for Fib {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        let r = self.a;
        self.a = self.b;
        self.b = self.b.checked_add(r)?;
        Some(r)
    }
}

struct Collatz(u64);

impl Iterator for Collatz {
    type Item = u64;
    fn next(&mut self) -> Option<Self::Item> {
        if self.0 == 0 {
            return None;
        }
        let cur = self.0;
        self.0 = if cur == 1 { 0 } else if cur % 2 == 0 { cur / 2 } else { 3 * cur + 1 };
        Some(cur)
    }
}

fn main() {
    let fibs: Vec<u64> = Fib { a: 0, b: 1 }.take(15).collect();
    println!("{:?}", fibs);
    println!("fib count before overflow: {}", Fib { a: 0, b: 1 }.count());
    let even_sum: u64 = Fib { a: 0, b: 1 }.take_while(|&x| x < 4_000_000).filter(|x| x % 2 == 0).sum();
    println!("even fib sum: {}", even_sum);

    let longest = (1..30u64).max_by_key(|&n| Collatz(n).count()).unwrap();
    println!("longest collatz under 30: {} ({} steps)", longest, Collatz(longest).count());
    println!("{:?}", Collatz(6).collect::<Vec<_>>());

    let running: Vec<i32> = [3, 1, 4, 1, 5, 9, 2, 6].iter().scan(0, |acc, &x| {
        *acc += x;
        Some(*acc)
    }).collect();
    println!("running: {:?}", running);

    let v = vec![1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    let windows: Vec<i32> = v.windows(3).map(|w| w.iter().sum()).collect();
    println!("windows: {:?}", windows);
    let chunks: Vec<Vec<i32>> = v.chunks(4).map(|c| c.to_vec()).collect();
    println!("chunks: {:?}", chunks);
    let pairs: Vec<(i32, char)> = v.iter().copied().zip("abc".chars()).collect();
    println!("pairs: {:?}", pairs);
    let fm: Vec<String> = (1..4).flat_map(|i| (0..i).map(move |j| format!("{}{}", i, j))).collect();
    println!("flat_map: {:?}", fm);
    let stepped: Vec<_> = (0..20).step_by(7).collect();
    println!("step_by: {:?}", stepped);
    let rev_stepped: Vec<_> = (0..20).rev().step_by(6).collect();
    println!("rev step: {:?}", rev_stepped);
    let skipped: Vec<_> = v.iter().skip_while(|&&x| x < 4).take_while(|&&x| x < 8).collect();
    println!("skip/take while: {:?}", skipped);

    let floats = [2.5f64, -1.0, 3.75, 0.1, 0.2];
    let s: f64 = floats.iter().sum();
    let p: f64 = floats.iter().product();
    println!("sum={} product={}", s, p);
    let mx = floats.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
    let mn = floats.iter().max_by(|a, b| b.partial_cmp(a).unwrap()).unwrap();
    println!("max={} min={}", mx, mn);
    let mean = s / floats.len() as f64;
    let var = floats.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / floats.len() as f64;
    println!("mean={:.4} var={:.4} sd={:.4}", mean, var, var.sqrt());

    let words = ["apple", "fig", "banana", "kiwi", "cherry"];
    println!("shortest: {:?}", words.iter().min_by_key(|w| w.len()));
    println!("longest: {:?}", words.iter().max_by_key(|w| w.len()));
    println!("position: {:?}", words.iter().position(|&w| w == "kiwi"));
    println!("any/all: {} {}", words.iter().any(|w| w.contains('y')), words.iter().all(|w| w.len() > 2));
    let (short, long): (Vec<&str>, Vec<&str>) = words.iter().partition(|w| w.len() <= 4);
    println!("partition: {:?} {:?}", short, long);
    let joined = words.iter().enumerate().map(|(i, w)| format!("{}:{}", i, w)).collect::<Vec<_>>().join(" ");
    println!("{}", joined);
    let prod: u64 = (1..=20u64).product();
    println!("20! = {}", prod);
    let mut it = v.iter().peekable();
    let mut groups = Vec::new();
    while let Some(&x) = it.next() {
        let mut g = vec![x];
        while let Some(&&y) = it.peek() {
            if y % 3 == x % 3 || y == g[g.len() - 1] + 1 && g.len() < 2 {
                g.push(y);
                it.next();
            } else {
                break;
            }
        }
        groups.push(g);
    }
    println!("groups: {:?}", groups);
    let last = v.iter().rev().skip(2).last();
    println!("last: {:?} nth: {:?}", last, v.iter().nth(3));
    let cyc: String = "ab".chars().cycle().take(5).collect();
    println!("cycle: {}", cyc);
    let unz: (Vec<i32>, Vec<i32>) = v.iter().map(|&x| (x, x * x)).filter(|p| p.1 % 2 == 0).unzip();
    println!("unzip: {:?}", unz);
    println!("cmp: {:?} {:?}", [1, 2, 3].iter().cmp([1, 2].iter()), vec![1.0, f64::NAN].partial_cmp(&vec![1.0, 2.0]));
    let total = v.iter().try_fold(0i32, |acc, &x| acc.checked_mul(x + 1000));
    println!("try_fold: {:?}", total);
    println!("sum of squares of odd: {}", v.iter().filter(|&&x| x % 2 == 1).map(|x| x * x).sum::<i32>());
    let mut sorted = words.to_vec();
    sorted.sort_by_key(|w| std::cmp::Reverse(w.len()));
    println!("{:?}", sorted);
    println!("{:?}", (1..=4).map(|x| x as f32 / 3.0).collect::<Vec<f32>>());
    println!("{:?}", std::iter::successors(Some(1u32), |&x| if x < 200 { Some(x * 3) } else { None }).collect::<Vec<_>>());
    println!("{:?}", std::iter::once(7).chain(std::iter::repeat(0).take(2)).chain([9, 9]).collect::<Vec<_>>());
}
