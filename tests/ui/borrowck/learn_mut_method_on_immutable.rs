struct Counter { n: u32 }
impl Counter {
    fn inc(&mut self) { self.n += 1; }
}
fn main() {
    let c = Counter { n: 0 };
    c.inc();
    println!("{}", c.n);
}
