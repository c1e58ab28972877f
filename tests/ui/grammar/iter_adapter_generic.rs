// A generic iterator adapter and extension trait: chunks with a running total, dedup.

struct RunningTotal<I> {
    inner: I,
    total: i64,
}

impl<I: Iterator<Item = i64>> Iterator for RunningTotal<I> {
    type Item = (i64, i64);
    fn next(&mut self) -> Option<(i64, i64)> {
        let v = self.inner.next()?;
        self.total += v;
        Some((v, self.total))
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
        while self.inner.peek() == Some(&first) {
            self.inner.next();
            n += 1;
        }
        Some((first, n))
    }
}

trait IterExt: Iterator + Sized {
    fn running_total(self) -> RunningTotal<Self>
    where
        Self: Iterator<Item = i64>,
    {
        RunningTotal { inner: self, total: 0 }
    }

    fn dedup_counts(self) -> Dedup<Self> {
        Dedup { inner: self.peekable() }
    }
}

impl<I: Iterator> IterExt for I {}

fn primes() -> impl Iterator<Item = u32> {
    (2u32..).filter(|n| (2..*n).take_while(|d| d * d <= *n).all(|d| n % d != 0))
}

fn digits(mut n: u32) -> impl Iterator<Item = u32> {
    let mut out = Vec::new();
    loop {
        out.push(n % 10);
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.into_iter().rev()
}

fn main() {
    let deposits = vec![100i64, -30, 45, -200, 80];
    for (v, t) in deposits.into_iter().running_total() {
        println!("{:>5} -> balance {:>5}", v, t);
    }
    let rle: Vec<(char, usize)> = "aaabccddddde".chars().dedup_counts().collect();
    println!("{:?}", rle);
    let encoded: String = rle.iter().map(|(c, n)| format!("{}{}", n, c)).collect();
    println!("encoded {}", encoded);
    let p: Vec<u32> = primes().skip(5).take(6).collect();
    println!("primes {:?}", p);
    let digit_sum: u32 = digits(9875).sum();
    println!("digits {:?} sum {}", digits(9875).collect::<Vec<_>>(), digit_sum);
    let runs = vec![1, 1, 2, 3, 3, 3].into_iter().dedup_counts().filter(|&(_, n)| n > 1).count();
    println!("repeated runs {}", runs);
}
