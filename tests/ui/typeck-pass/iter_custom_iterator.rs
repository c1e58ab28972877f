// A user type implementing Iterator; adapters and for loops over it; generic consumers.
struct Fibonacci {
    curr: u64,
    next: u64,
}

impl Iterator for Fibonacci {
    type Item = u64;
    fn next(&mut self) -> Option<Self::Item> {
        let r = self.curr;
        self.curr = self.next;
        self.next += r;
        Some(r)
    }
}

fn fibonacci() -> Fibonacci {
    Fibonacci { curr: 0, next: 1 }
}

struct Countdown {
    n: u32,
}

impl Iterator for Countdown {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.n == 0 {
            None
        } else {
            self.n -= 1;
            Some(self.n + 1)
        }
    }
}

fn describe<I>(label: &str, it: I)
where
    I: Iterator,
    I::Item: std::fmt::Debug,
{
    let items: Vec<I::Item> = it.collect();
    println!("{label}: {:?}", items);
}

fn sum_all<I: IntoIterator<Item = u32>>(items: I) -> u32 {
    items.into_iter().sum()
}

fn main() {
    describe("first ten", fibonacci().take(10));
    describe("even under 100", fibonacci().filter(|x| x % 2 == 0).take_while(|&x| x < 100));
    let big = fibonacci().find(|&x| x > 1000);
    println!("{:?}", big);

    for n in (Countdown { n: 3 }) {
        println!("{n}...");
    }
    println!("liftoff");

    println!("{}", sum_all(Countdown { n: 4 }));
    println!("{}", sum_all(vec![10, 20]));
    let zipped: Vec<(u32, u64)> = Countdown { n: 5 }.zip(fibonacci().skip(5)).collect();
    println!("{:?}", zipped);
    let mut cd = Countdown { n: 2 };
    println!("{:?} {:?} {:?}", cd.next(), cd.next(), cd.next());
}
