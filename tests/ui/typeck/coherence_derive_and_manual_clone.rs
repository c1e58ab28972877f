// Deriving `Clone` and also implementing it by hand: E0119.
#[derive(Clone, Debug)]
struct Config {
    name: String,
}

impl Clone for Config {
    fn clone(&self) -> Self {
        Config { name: self.name.clone() }
    }
}

fn main() {
    let c = Config { name: "x".into() };
    println!("{:?}", c.clone());
}
