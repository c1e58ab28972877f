// An impl whose assoc type is missing a bound the trait requires: E0277.
use std::fmt::Display;

trait Report {
    type Value: Display;
    fn value(&self) -> Self::Value;
}

struct Totals(Vec<u32>);

impl Report for Totals {
    type Value = Vec<u32>;
    fn value(&self) -> Vec<u32> {
        self.0.clone()
    }
}

fn main() {
    println!("{:?}", Totals(vec![1]).value());
}
