// A module used where a value is expected.
mod config {
    pub const LIMIT: u32 = 10;
}

fn main() {
    let x = config;
    println!("{}", config::LIMIT);
}
