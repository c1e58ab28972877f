// The impl method declares a type parameter the trait method does not have (E0049).
trait Store {
    fn put(&mut self, value: u32);
}

struct Memory(Vec<u32>);

impl Store for Memory {
    fn put<T>(&mut self, value: u32) {
        self.0.push(value);
    }
}

fn main() {
    let mut m = Memory(vec![]);
    m.put(1);
}
