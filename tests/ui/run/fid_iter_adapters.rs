struct Fib {
    a: u64,
    b: u64,
}

impl Iterator for Fib {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        let r = self.a;
        self.a = self.b;
        self.b += r;
        Some(r)
    }
}

struct Countdown(u32);

impl Iterator for Countdown {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.0 == 0 {
            None
        } else {
            self.0 -= 1;
            Some(self.0 + 1)
        }
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.0 as usize, Some(self.0 as usize))
    }
}

impl ExactSizeIterator for Countdown {}

fn runs<T: PartialEq + Copy>(xs: &[T]) -> Vec<(T, usize)> {
    let mut out: Vec<(T, usize)> = Vec::new();
    let mut it = xs.iter().peekable();
    while let Some(&x) = it.next() {
        let mut n = 1;
        while it.peek() == Some(&&x) {
            it.next();
            n += 1;
        }
        out.push((x, n));
    }
    out
}

fn main() {
    let evens: Vec<u64> = Fib { a: 0, b: 1 }.filter(|x| x % 2 == 0).take_while(|&x| x < 1000).collect();
    println!("{:?}", evens);
    let cd = Countdown(5);
    println!("len {}", cd.len());
    println!("{:?}", cd.rev_collect());
    let running: Vec<i32> = [3, -1, 4, -1, 5].iter().scan(0, |acc, &x| { *acc += x; Some(*acc) }).collect();
    println!("{:?}", running);
    let words = ["apple", "bob", "kayak", "rust", "level"];
    let pals: Vec<_> = words.iter().filter(|w| w.chars().eq(w.chars().rev())).collect();
    println!("{:?}", pals);
    let flat: String = words.iter().flat_map(|w| w.chars().take(2)).collect();
    println!("{}", flat);
    let v: Vec<i32> = (1..=10).collect();
    for w in v.windows(3).filter(|w| w.iter().sum::<i32>() % 2 == 0) {
        print!("{:?} ", w);
    }
    println!();
    for c in v.chunks(4) {
        print!("{:?}", c);
    }
    println!();
    println!("{:?}", v.rchunks(3).map(|c| c.len()).collect::<Vec<_>>());
    println!("{:?}", (0..20).step_by(7).rev().collect::<Vec<_>>());
    println!("{:?}", v.iter().rev().skip(2).step_by(3).collect::<Vec<_>>());
    let zipped: Vec<(char, i32)> = "abc".chars().zip(v.iter().copied().skip(5)).collect();
    println!("{:?}", zipped);
    let (small, large): (Vec<i32>, Vec<i32>) = v.iter().partition(|&&x| x < 4);
    println!("{:?} {:?}", small, large);
    println!("{:?}", runs(&[1, 1, 2, 3, 3, 3, 1]));
    println!("{:?}", runs(&['a', 'a', 'b']));
    let folded = v.iter().fold(String::new(), |mut s, x| { if !s.is_empty() { s.push('-'); } s += &x.to_string(); s });
    println!("{}", folded);
    println!("{:?}", v.iter().position(|&x| x * x > 30));
    println!("{:?}", v.iter().rposition(|&x| x % 3 == 0));
    println!("{:?} {:?}", v.iter().max_by_key(|&&x| (x % 4, x)), v.iter().min_by(|a, b| (*a % 3).cmp(&(*b % 3)).then(b.cmp(a))));
    println!("{}", v.iter().any(|&x| x > 9) && v.iter().all(|&x| x > 0));
    let mut chained = (1..3).chain(7..9).cycle().take(9);
    println!("{:?} {:?}", chained.nth(2), chained.last());
    let s: i32 = v.iter().skip_while(|&&x| x < 5).map(|x| x * 2).sum();
    println!("{}", s);
    println!("{:?}", v.iter().copied().reduce(|a, b| a.max(b) - 1));
    let mut it = v.iter();
    println!("{:?} {:?} {}", it.next(), it.next_back(), it.len());
    println!("{:?}", (1..4).flat_map(|i| (0..i).map(move |j| (i, j))).collect::<Vec<_>>());
    println!("{:?}", vec![Some(1), None, Some(3)].into_iter().flatten().collect::<Vec<_>>());
    println!("{}", (1..=4).map(|i| i.to_string()).collect::<Vec<_>>().join("+"));
    let en: Vec<(usize, char)> = "héllo".char_indices().collect();
    println!("{:?}", en);
    println!("{:?}", v.iter().inspect(|_| ()).count());
}

trait RevCollect: Iterator + Sized {
    fn rev_collect(self) -> Vec<Self::Item> {
        let mut v: Vec<Self::Item> = self.collect();
        v.reverse();
        v
    }
}

impl<I: Iterator> RevCollect for I {}
