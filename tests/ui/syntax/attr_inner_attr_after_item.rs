fn helper() -> u8 {
    7
}

#![allow(dead_code)]

fn main() {
    println!("{}", helper());
}
