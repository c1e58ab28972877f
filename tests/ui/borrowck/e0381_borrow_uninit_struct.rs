// Borrowing an uninitialized struct binding: E0381.
struct Config {
    depth: u32,
}

fn describe(c: &Config) -> String {
    format!("depth {}", c.depth)
}

fn main() {
    let cfg: Config;
    println!("{}", describe(&cfg));
}
