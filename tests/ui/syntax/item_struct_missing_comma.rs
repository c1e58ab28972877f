#[derive(Debug)]
struct Config {
    verbose: bool
    level: u8,
}

fn main() {
    let c = Config { verbose: true, level: 2 };
    println!("{:?}", c);
}
