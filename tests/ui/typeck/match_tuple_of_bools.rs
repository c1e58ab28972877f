// A match on a tuple of booleans missing one combination: E0004.
fn mode(read: bool, write: bool) -> &'static str {
    match (read, write) {
        (true, true) => "rw",
        (true, false) => "r",
        (false, true) => "w",
    }
}

fn main() {
    println!("{}", mode(true, false));
}
