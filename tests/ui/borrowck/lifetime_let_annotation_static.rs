// A `let` annotated `&'static str` initialised from a borrowed parameter: lifetime may not live long enough.
fn keep(s: &str) -> usize {
    let x: &'static str = s;
    x.len()
}

fn main() {
    println!("{}", keep("a"));
}
