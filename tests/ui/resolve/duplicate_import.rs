// The same name imported twice: E0252.
use std::fmt::Result;
use std::io::Result;

fn main() {
    println!("ok");
}
