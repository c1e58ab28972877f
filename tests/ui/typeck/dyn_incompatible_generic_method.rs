// A trait with a generic method used as `dyn Trait`: E0038.
trait Store {
    fn put<T: ToString>(&mut self, value: T);
}

struct Memory {
    items: Vec<String>,
}

impl Store for Memory {
    fn put<T: ToString>(&mut self, value: T) {
        self.items.push(value.to_string());
    }
}

fn save(s: &mut dyn Store) {
    s.put(1);
}

fn main() {
    let mut m = Memory { items: vec![] };
    save(&mut m);
}
