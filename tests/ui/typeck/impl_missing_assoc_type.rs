// An `Iterator` impl without its `Item` type: E0046.
struct Countdown(u32);

impl Iterator for Countdown {
    fn next(&mut self) -> Option<u32> {
        if self.0 == 0 {
            None
        } else {
            self.0 -= 1;
            Some(self.0)
        }
    }
}

fn main() {
    for n in Countdown(3) {
        println!("{n}");
    }
}
