// A guard moved out on one path is maybe-initialised at the end: its
// borrow stays live until the scope ends.
struct Guard<'a>(&'a mut i32);

impl Drop for Guard<'_> {
    fn drop(&mut self) {
        *self.0 += 1;
    }
}

fn consume(_g: Guard<'_>) {}

fn main() {
    let mut n = 0;
    let g = Guard(&mut n);
    let flag = std::env::args().count() > 3;
    if flag {
        consume(g);
    }
    let m = n;
    println!("{m}");
}
