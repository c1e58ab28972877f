// `Some` destructured with two fields: E0023.
fn main() {
    let pair = Some((1, "one"));
    if let Some(n, name) = pair {
        println!("{n} {name}");
    }
}
