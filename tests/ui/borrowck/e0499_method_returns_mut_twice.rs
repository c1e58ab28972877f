// Two `&mut` results of a `&mut self` method held at once: E0499.
struct Slots {
    data: Vec<i32>,
}

impl Slots {
    fn slot(&mut self, i: usize) -> &mut i32 {
        &mut self.data[i]
    }
}

fn main() {
    let mut s = Slots { data: vec![0, 0] };
    let first = s.slot(0);
    let second = s.slot(1);
    *first += 1;
    *second += 2;
    println!("{:?}", s.data);
}
