// Custom Iterator impls: Fibonacci, Collatz and a step range, combined with std adapters.

struct Fib {
    a: u64,
    b: u64,
}

impl Iterator for Fib {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        let r = self.a;
        let next = self.a.checked_add(self.b)?;
        self.a = self.b;
        self.b = next;
        Some(r)
    }
}

fn fib() -> Fib {
    Fib { a: 0, b: 1 }
}

struct Collatz(Option<u64>);

impl Iterator for Collatz {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        let n = self.0?;
        self.0 = match n {
            1 => None,
            n if n % 2 == 0 => Some(n / 2),
            n => Some(3 * n + 1),
        };
        Some(n)
    }
}

struct StepRange {
    cur: i32,
    end: i32,
    step: i32,
}

impl Iterator for StepRange {
    type Item = i32;
    fn next(&mut self) -> Option<i32> {
        if (self.step > 0 && self.cur >= self.end) || (self.step < 0 && self.cur <= self.end) {
            return None;
        }
        let v = self.cur;
        self.cur += self.step;
        Some(v)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = ((self.end - self.cur) as f64 / self.step as f64).ceil().max(0.0) as usize;
        (n, Some(n))
    }
}

impl ExactSizeIterator for StepRange {}

fn main() {
    let first: Vec<u64> = fib().take(12).collect();
    println!("fib: {:?}", first);
    let even_sum: u64 = fib().take_while(|&x| x < 4_000_000).filter(|x| x % 2 == 0).sum();
    println!("even fib sum < 4M: {}", even_sum);
    println!("fib terms before u64 overflow: {}", fib().count());
    println!("last fib in u64: {:?}", fib().last());

    let c: Vec<u64> = Collatz(Some(6)).collect();
    println!("collatz(6): {:?}", c);
    let longest = (1..30u64).max_by_key(|&n| Collatz(Some(n)).count()).unwrap();
    println!("longest collatz under 30 starts at {} ({} steps)", longest, Collatz(Some(longest)).count());

    let down = StepRange { cur: 10, end: -5, step: -4 };
    println!("len {} -> {:?}", down.len(), StepRange { cur: 10, end: -5, step: -4 }.collect::<Vec<_>>());
    let pairs: Vec<(i32, u64)> = StepRange { cur: 0, end: 10, step: 3 }.zip(fib().skip(5)).collect();
    println!("zip: {:?}", pairs);
    let mut it = fib().skip(10).step_by(5);
    println!("step_by: {:?} {:?} {:?}", it.next(), it.next(), it.next());
}
