// A misspelt field in a struct literal: the similar field is suggested.
struct Config {
    verbose: bool,
    depth: u32,
}
fn main() {
    let c = Config { verbse: true, depth: 2 };
    println!("{}", c.depth);
}
