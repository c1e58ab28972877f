use std::collections::;

fn main() {
    println!("{}", 1);
}
