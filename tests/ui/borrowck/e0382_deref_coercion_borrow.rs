// A method found through `Deref` borrows the moved value for the implicit deref:
// rustc notes the coercion, and where the crate's own `Deref` target is defined.
use std::ops::Deref;

struct Wrapper {
    items: Vec<i32>,
}

impl Deref for Wrapper {
    type Target = Vec<i32>;
    fn deref(&self) -> &Vec<i32> {
        &self.items
    }
}

fn main() {
    let w = Wrapper { items: vec![1] };
    let w2 = w;
    println!("{} {}", w.len(), w2.len());
    let v = vec![1, 2, 3];
    let t = v;
    let doubled: Vec<i32> = v.iter().map(|x| x * 2).collect();
    println!("{:?} {:?}", t, doubled);
}
