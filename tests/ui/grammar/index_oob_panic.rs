// A ring buffer that is read past its end, panicking with an index out of
// bounds error (exit code 101).

struct Ring {
    data: Vec<i32>,
    head: usize,
}

impl Ring {
    fn new(cap: usize) -> Ring {
        Ring { data: vec![0; cap], head: 0 }
    }

    fn push(&mut self, v: i32) {
        let cap = self.data.len();
        self.data[self.head % cap] = v;
        self.head += 1;
    }

    fn recent(&self, back: usize) -> i32 {
        let cap = self.data.len();
        self.data[(self.head - 1 - back) % cap]
    }

    fn raw(&self, i: usize) -> i32 {
        self.data[i]
    }
}

fn main() {
    let mut ring = Ring::new(4);
    for v in [10, 20, 30, 40, 50, 60] {
        ring.push(v);
    }
    println!("contents: {:?}", ring.data);
    for back in 0..4 {
        println!("recent({}) = {}", back, ring.recent(back));
    }
    let mut total = 0;
    for i in 0..=4 {
        let v = ring.raw(i);
        println!("raw({}) = {}", i, v);
        total += v;
    }
    println!("unreachable total {}", total);
}
