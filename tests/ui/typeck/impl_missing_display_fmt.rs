// An empty `impl Display` (the `fmt` method is required): E0046.
use std::fmt;

struct Celsius(f64);

impl fmt::Display for Celsius {}

fn main() {
    println!("{}", Celsius(21.0));
}
