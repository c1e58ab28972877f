// Trait methods implemented with the wrong receiver and the wrong parameter count.
trait Counter {
    fn increment(&mut self);
    fn add(&mut self, n: u32);
    fn get(&self) -> u32;
}

struct Clicks {
    n: u32,
}

impl Counter for Clicks {
    fn increment(&self) {
        println!("click");
    }

    fn add(&mut self) {
        self.n += 1;
    }

    fn get(&self) -> u64 {
        self.n as u64
    }
}

fn main() {
    let mut c = Clicks { n: 0 };
    c.increment();
    println!("{}", c.get());
}
