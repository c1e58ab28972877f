// A program's own trait methods named like std's (`contains`, `extend_with`, `from_iter`,
// `next`, `new`) on std types run the program's code, not std's.
trait Odd {
    fn contains(&self, x: &i32) -> bool;
    fn extend_with(&mut self, n: usize, v: i32);
}
impl Odd for [i32] {
    fn contains(&self, x: &i32) -> bool {
        self.iter().any(|y| y + 1 == *x)
    }
    fn extend_with(&mut self, n: usize, v: i32) {
        println!("not extending {} {}", n, v);
    }
}
impl Odd for Vec<i32> {
    fn contains(&self, _x: &i32) -> bool {
        true
    }
    fn extend_with(&mut self, n: usize, v: i32) {
        for _ in 0..n {
            self.push(v * 2);
        }
    }
}
trait Build {
    fn from_iter(n: u8) -> Self;
}
impl Build for Vec<u8> {
    fn from_iter(n: u8) -> Self {
        vec![n; 2]
    }
}
trait Step {
    fn next(&mut self) -> Option<i32>;
}
impl Step for std::ops::Range<i32> {
    fn next(&mut self) -> Option<i32> {
        self.start += 10;
        Some(self.start)
    }
}
trait Make {
    fn new(x: u8) -> Self;
}
impl Make for Box<u8> {
    fn new(x: u8) -> Self {
        Box::from(x + 1)
    }
}

fn main() {
    let s: &[i32] = &[1, 2, 3];
    println!("{} {}", Odd::contains(s, &4), <[i32]>::contains(s, &4));
    let mut v = vec![1];
    Odd::extend_with(&mut v, 2, 5);
    Odd::extend_with(&mut v[..], 1, 1);
    println!("{:?} {}", v, Odd::contains(&v, &99));
    let b: Vec<u8> = Build::from_iter(7);
    let mut r = 0..3;
    let n = Step::next(&mut r);
    let m = Iterator::next(&mut r);
    let bx: Box<u8> = Make::new(4);
    println!("{:?} {:?} {:?} {:?} {}", b, n, m, r, bx);
}
