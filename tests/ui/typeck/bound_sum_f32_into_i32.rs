// Summing `f32` prices into an `i32`: E0277.
struct Cart {
    prices: Vec<f32>,
}

impl Cart {
    fn total(&self) -> i32 {
        let total: i32 = self.prices.iter().sum();
        total
    }
}

fn main() {
    let c = Cart { prices: vec![1.5, 2.25] };
    println!("{}", c.total());
}
