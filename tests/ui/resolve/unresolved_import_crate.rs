// A crate that is not linked: E0432 "you might be missing crate".
use rand::Rng;
use serde::{Deserialize, Serialize};

fn main() {
    let n = 4;
    println!("{n}");
}
