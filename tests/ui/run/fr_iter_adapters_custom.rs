use std::collections::HashMap;
use std::fmt::Debug;

struct Pairwise<I: Iterator> {
    inner: I,
    prev: Option<I::Item>,
}

impl<I> Iterator for Pairwise<I>
where
    I: Iterator,
    I::Item: Clone,
{
    type Item = (I::Item, I::Item);
    fn next(&mut self) -> Option<Self::Item> {
        if self.prev.is_none() {
            self.prev = self.inner.next();
        }
        let cur = self.inner.next()?;
        let prev = self.prev.replace(cur.clone())?;
        Some((prev, cur))
    }
}

struct Dedup<I: Iterator> {
    inner: std::iter::Peekable<I>,
}

impl<I> Iterator for Dedup<I>
where
    I: Iterator,
    I::Item: PartialEq,
{
    type Item = (I::Item, usize);
    fn next(&mut self) -> Option<Self::Item> {
        let first = self.inner.next()?;
        let mut n = 1;
        while self.inner.next_if(|x| *x == first).is_some() {
            n += 1;
        }
        Some((first, n))
    }
}

trait IterExt: Iterator + Sized {
    fn pairwise(self) -> Pairwise<Self> {
        Pairwise { inner: self, prev: None }
    }
    fn runs(self) -> Dedup<Self> {
        Dedup { inner: self.peekable() }
    }
    fn counts(self) -> HashMap<Self::Item, usize>
    where
        Self::Item: std::hash::Hash + Eq,
    {
        let mut m = HashMap::new();
        for x in self {
            *m.entry(x).or_insert(0) += 1;
        }
        m
    }
    fn collect_sorted(self) -> Vec<Self::Item>
    where
        Self::Item: Ord,
    {
        let mut v: Vec<_> = self.collect();
        v.sort();
        v
    }
}

impl<I: Iterator> IterExt for I {}

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
impl DoubleEndedIterator for Countdown {
    fn next_back(&mut self) -> Option<u32> {
        None
    }
}

struct Grid {
    cells: Vec<Vec<u8>>,
}

impl<'a> IntoIterator for &'a Grid {
    type Item = (usize, usize, u8);
    type IntoIter = Box<dyn Iterator<Item = (usize, usize, u8)> + 'a>;
    fn into_iter(self) -> Self::IntoIter {
        Box::new(self.cells.iter().enumerate().flat_map(|(r, row)| row.iter().enumerate().map(move |(c, &v)| (r, c, v))))
    }
}

fn evens() -> impl Iterator<Item = u64> {
    (0..).step_by(2)
}

fn boxed_source(kind: &str) -> Box<dyn Iterator<Item = i32>> {
    match kind {
        "up" => Box::new(1..=3),
        "down" => Box::new((1..=3).rev()),
        _ => Box::new(std::iter::empty()),
    }
}

fn show<T: Debug>(label: &str, it: impl Iterator<Item = T>) {
    println!("{:>10}: {:?}", label, it.collect::<Vec<_>>());
}

fn main() {
    show("pairwise", [1, 4, 9, 16, 25].iter().pairwise().map(|(a, b)| b - a));
    show("runs", "aaabccddddde".chars().runs());
    let mut c: Vec<_> = "mississippi".chars().counts().into_iter().collect();
    c.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    println!("{:?}", c);
    show("sorted", vec![5, 3, 9, 1].into_iter().collect_sorted().into_iter());
    let cd = Countdown(5);
    println!("len {}", cd.len());
    show("countdown", cd);
    show("evens", evens().skip(3).take(4));
    for k in ["up", "down", "none"] {
        show(k, boxed_source(k));
    }
    let g = Grid { cells: vec![vec![1, 0, 2], vec![0, 3, 0]] };
    let nonzero: Vec<_> = (&g).into_iter().filter(|&(_, _, v)| v != 0).collect();
    println!("{:?}", nonzero);
    let mut total = 0;
    for (r, c, v) in &g {
        total += (r + c) * v as usize;
    }
    println!("weighted {}", total);
    let mut it = (1..10).into_iter();
    let first3: Vec<_> = it.by_ref().take(3).collect();
    let rest: i32 = it.sum();
    println!("{:?} {}", first3, rest);
    let nested = vec![Some(1), None, Some(3)];
    println!("{:?} {:?}", nested.iter().flatten().collect::<Vec<_>>(), nested.iter().copied().collect::<Option<Vec<i32>>>());
    let res: Result<Vec<i32>, String> = ["1", "2", "x"].iter().map(|s| s.parse::<i32>().map_err(|e| format!("{}: {}", s, e))).collect();
    println!("{:?}", res);
    let m: HashMap<char, usize> = "hello".char_indices().map(|(i, c)| (c, i)).collect();
    let mut mv: Vec<_> = m.into_iter().collect();
    mv.sort();
    println!("{:?}", mv);
    let s: String = vec!["a", "b", "c"].into_iter().rev().collect();
    println!("{}", s);
    println!("{:?}", (1..=3).flat_map(|x| std::iter::repeat(x).take(x)).collect::<Vec<_>>());
    println!("{:?}", [3, 1, 2].iter().inspect(|x| print!("<{}>", x)).max());
    println!("{:?}", (1..5).map_while(|x| if x < 3 { Some(x * 10) } else { None }).collect::<Vec<_>>());
    println!("{:?}", [1, 2, 3, 4, 5].iter().rev().find_map(|&x| if x % 2 == 0 { Some(x * 100) } else { None }));
    println!("{:?}", (0..10).filter(|x| x % 3 == 0).last());
    println!("{:?}", ["x", "yy", "zzz"].iter().map(|s| s.len()).reduce(|a, b| a * 10 + b));
    println!("{}", (1..=5).rev().map(|x| x.to_string()).collect::<Vec<_>>().join(">"));
    println!("{:?}", [1.5f64, 0.5, 2.5].iter().copied().fold(f64::NAN, f64::min));
    println!("{:?}", "a-b_c d".split(['-', '_', ' ']).collect::<Vec<_>>());
    println!("{}", (1..=4).map(|i| i * i).rev().skip(1).step_by(2).sum::<i32>());
    println!("{:?}", vec![(1, 'a'), (2, 'b')].into_iter().unzip::<i32, char, Vec<i32>, String>());
    println!("{:?}", [4, 5, 6].iter().zip(1..).map(|(a, b)| a * b).collect::<Vec<_>>());
    println!("{}", [1, 2, 3].iter().eq([1, 2, 3].iter()) && [1, 2].iter().lt([1, 3].iter()));
    println!("{:?}", (1..=3).cycle().skip(2).take(5).collect::<Vec<_>>());
    println!("{:?}", "abc".chars().rev().enumerate().collect::<Vec<_>>());
    println!("{:?}", [1, 5, 2, 8, 3].iter().max_by_key(|&&x| (x as i32 - 4).abs()));
    println!("{:?}", [1, 5, 2, 8, 3].iter().min_by(|a, b| (*a % 3).cmp(&(*b % 3))));
    println!("{}", ["a", "b"].iter().any(|s| s.is_empty()) || [0u8; 0].iter().all(|_| false));
    println!("{:?}", (0..20).skip_while(|x| x * x < 50).take_while(|x| x % 7 != 0).collect::<Vec<_>>());
    println!("{:?}", [10, 20, 30].iter().rev().rposition(|&x| x == 30));
    println!("{:?}", [[1, 2], [3, 4]].concat().iter().sum::<i32>());
    println!("{:?}", (1..4).chain(7..9).rev().collect::<Vec<_>>());
    println!("{:?}", [1, 2, 3, 4, 5, 6].chunks(2).map(|c| c.iter().product::<i32>()).collect::<Vec<_>>());
    println!("{:?}", (1..=3).scan(1, |st, x| { *st *= x; Some(*st) }).collect::<Vec<_>>());
    println!("{:?}", std::iter::from_fn({ let mut n = 0; move || { n += 1; if n < 4 { Some(n * n) } else { None } } }).collect::<Vec<_>>());
    println!("{:?}", std::iter::repeat_with(|| "x").take(2).collect::<String>());
    println!("{:?}", [5, 1, 4].iter().is_sorted());
    println!("{:?}", (1..=10).partition::<Vec<_>, _>(|x| x % 4 == 0));
    println!("{}", (1..=3).map(|x| x as f64 * 0.1).sum::<f64>());
    println!("{}", [0.1f32; 10].iter().sum::<f32>());
    println!("{:?}", (1..4).map(|x| (x, x * x)).collect::<HashMap<_, _>>().get(&2));
    println!("{:?}", [3, 1, 2].iter().copied().min_by_key(|x| std::cmp::Reverse(*x)));
    println!("{:?}", "hello world".split_whitespace().map(str::len).collect::<Vec<_>>());
    println!("{:?}", [1, 2, 3].iter().map(|x| x * 2).rev().collect::<std::collections::VecDeque<_>>());
    println!("{:?}", vec![1, 2, 3, 4].iter().skip(1).nth_back(0));
    println!("{:?}", [1, 2, 2, 3].iter().collect::<std::collections::BTreeSet<_>>());
    println!("{:?}", (1..=6).collect::<Vec<_>>().chunks_exact(4).next());
    println!("{:?}", "abc".bytes().rev().map(|b| b as char).collect::<String>());
    println!("{:?}", [1u64, 2, 3].iter().try_fold(0u64, |a, &b| a.checked_add(b)));
    println!("{:?}", (0..5).position(|x| x == 3).map(|p| p * 2));
    println!("{}", (1..=100).filter(|n| n % 3 == 0 || n % 5 == 0).count());
}
