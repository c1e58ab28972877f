// An impl method returning a different type than the trait says: E0053.
trait Area {
    fn area(&self) -> f64;
}

struct Tile {
    side: u32,
}

impl Area for Tile {
    fn area(&self) -> u32 {
        self.side * self.side
    }
}

fn main() {
    println!("{}", Tile { side: 3 }.area());
}
