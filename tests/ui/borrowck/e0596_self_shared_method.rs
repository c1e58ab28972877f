// A `&self` method trying to mutate a field through `&mut`: E0596.
struct Cache {
    entries: Vec<u64>,
}

impl Cache {
    fn remember(&self, v: u64) {
        let e = &mut self.entries;
        e.push(v);
    }
}

fn main() {
    let c = Cache { entries: vec![] };
    c.remember(3);
    println!("{}", c.entries.len());
}
