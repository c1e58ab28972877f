// Behind a reference the place may be invalid: `&Err(_)` is still required.
use std::convert::Infallible;

fn get(r: &Result<u32, Infallible>) -> u32 {
    match r {
        Ok(n) => *n,
    }
}

fn main() {
    println!("{}", get(&Ok(2)));
}
