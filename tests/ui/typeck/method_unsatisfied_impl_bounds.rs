// E0599 for a method whose impl's bounds fail: this crate's bound pointed at, std's listed,
// a local type offered the derives it lacks.
use std::collections::HashMap;
use std::rc::Rc;
struct Worker<T>(Vec<T>);
impl<T: Send> Worker<T> {
    fn finish(self) -> usize { self.0.len() }
}
#[derive(PartialEq)]
struct Key(u8);
struct Tag(u8);
fn main() {
    let w = Worker(vec![Rc::new(1)]);
    println!("{}", w.finish());
    let mut a: HashMap<Key, u32> = HashMap::new();
    a.insert(Key(1), 1);
    let mut b: HashMap<Tag, u32> = HashMap::new();
    b.insert(Tag(1), 1);
}
