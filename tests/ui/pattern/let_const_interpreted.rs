// A `let` whose pattern names a constant: it matches that value only, it does not bind.
const LIMIT: u32 = 10;

fn main() {
    let value = 3u32;
    let LIMIT = value;
    println!("{}", LIMIT);
}
