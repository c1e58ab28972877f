// An impl method taking `&mut self` where the trait says `&self`: E0053.
trait Counter {
    fn count(&self) -> usize;
}

struct Clicks {
    n: usize,
}

impl Counter for Clicks {
    fn count(&mut self) -> usize {
        self.n += 1;
        self.n
    }
}

fn main() {
    let mut c = Clicks { n: 0 };
    println!("{}", c.count());
}
