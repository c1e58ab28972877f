// Arithmetic overflow panics in debug builds: an inventory counter stored in
// a u8 overflows after enough restocks (exit code 101).

struct Bin {
    name: &'static str,
    count: u8,
}

impl Bin {
    fn restock(&mut self, n: u8) {
        self.count += n;
        println!("{} restocked by {} -> {}", self.name, n, self.count);
    }

    fn take(&mut self, n: u8) -> bool {
        match self.count.checked_sub(n) {
            Some(rest) => {
                self.count = rest;
                true
            }
            None => false,
        }
    }
}

fn main() {
    let mut bin = Bin { name: "screws", count: 200 };
    println!("wrapping 200 + 100 = {}", bin.count.wrapping_add(100));
    println!("checked 200 + 100 = {:?}", bin.count.checked_add(100));
    println!("saturating 200 + 100 = {}", bin.count.saturating_add(100));
    println!("overflowing 200 + 100 = {:?}", bin.count.overflowing_add(100));
    println!("take 250: {}", bin.take(250));
    println!("take 50: {} (left {})", bin.take(50), bin.count);
    for _ in 0..5 {
        bin.restock(30);
    }
    println!("never printed: {}", bin.count);
}
