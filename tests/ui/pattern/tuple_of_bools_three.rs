// Three booleans: only `(false, false, _)` is left after these arms.
fn pick(a: bool, b: bool, c: bool) -> u8 {
    match (a, b, c) {
        (true, _, _) => 1,
        (_, true, true) => 2,
        (_, true, false) => 3,
    }
}

fn main() {
    println!("{}", pick(true, false, false));
}
