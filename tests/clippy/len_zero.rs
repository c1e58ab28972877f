// len_zero: comparing `.len()` with zero (or one) where `is_empty` exists.

pub struct Bag {
    items: Vec<i32>,
}

impl Bag {
    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

pub struct Sized2 {
    n: usize,
}

impl Sized2 {
    pub fn len(&self) -> usize {
        self.n
    }
}

fn checks(v: &Vec<i32>, s: &str, b: &Bag) -> [bool; 7] {
    [
        v.len() == 0,
        0 == s.len(),
        v.len() != 0,
        s.len() > 0,
        b.len() < 1,
        v.len() >= 1,
        0 < b.len(),
    ]
}

// Near misses: other numbers, no `is_empty`.
fn near(v: &[i32], z: &Sized2) -> [bool; 3] {
    [v.len() == 2, v.len() > 1, z.len() == 0]
}

#[allow(clippy::len_zero)]
fn allowed(s: &String) -> bool {
    s.len() == 0
}

fn main() {
    let b = Bag { items: vec![] };
    let z = Sized2 { n: 0 };
    let v = vec![1];
    println!("{:?} {:?} {} {}", checks(&v, "s", &b), near(&v, &z), allowed(&String::new()), b.is_empty());
}
