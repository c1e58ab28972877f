// wrong_self_convention: `into_*` takes `self`, `as_*`/`to_*` on non-Copy take `&self`,
// `is_*` takes `&self` or nothing.

pub struct Data {
    v: Vec<i32>,
}

impl Data {
    fn into_vec(&self) -> Vec<i32> {
        self.v.clone()
    }

    fn as_slice(self) -> usize {
        self.v.len()
    }

    fn is_big(self) -> bool {
        self.v.len() > 2
    }

    // Near misses.
    fn into_inner(self) -> Vec<i32> {
        self.v
    }

    fn to_first(&self) -> i32 {
        self.v[0]
    }

    #[allow(clippy::wrong_self_convention)]
    fn into_count(&self) -> usize {
        self.v.len()
    }
}

fn main() {
    let d = Data { v: vec![1, 2, 3] };
    println!("{:?} {} {} {}", d.into_vec(), d.to_first(), d.into_count(), Data { v: vec![] }.as_slice());
    println!("{} {:?}", Data { v: vec![1] }.is_big(), d.into_inner());
}
