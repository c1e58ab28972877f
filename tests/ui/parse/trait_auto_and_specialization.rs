// `auto trait` and `default fn` parse, but both are unstable features.
use std::fmt::Debug;

auto trait Plain {}

trait Describe {
    fn describe(&self) -> String;
}

impl<T: Debug> Describe for T {
    default fn describe(&self) -> String {
        format!("{:?}", self)
    }
}

impl Describe for u8 {
    fn describe(&self) -> String {
        format!("byte {}", self)
    }
}

fn main() {
    println!("{}", 5u8.describe());
    println!("{}", "text".describe());
}
