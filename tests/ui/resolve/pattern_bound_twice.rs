// The same name twice in one pattern: E0416.
fn main() {
    let pair = (1, 2);
    let (a, a) = pair;
    match pair {
        (x, x) => println!("{x}"),
    }
}
