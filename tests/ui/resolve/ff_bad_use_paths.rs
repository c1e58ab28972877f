// Imports with typos and paths that do not exist.
use std::collection::HashMap;
use std::io::Writer;
use std::fmt::{Display, Formater};

mod shapes {
    pub mod round {
        pub fn circle() -> f64 {
            1.0
        }
    }
}

use shapes::square;
use crate::shapes::round::circl;

fn main() {
    let m: HashMap<u8, u8> = HashMap::new();
    println!("{} {}", m.len(), shapes::round::circle());
}
