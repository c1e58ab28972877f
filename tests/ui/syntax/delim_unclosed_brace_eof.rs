struct Counter {
    n: u32,
}

impl Counter {
    fn bump(&mut self) {
        self.n += 1;

    fn get(&self) -> u32 {
        self.n
    }
}

fn main() {
    let mut c = Counter { n: 0 };
    c.bump();
    println!("{}", c.get());
}
