// An `if` without `else` used as a value: the missing branch is `()`: E0317.
fn sign(n: i32) -> &'static str {
    let label = if n < 0 {
        "negative"
    };
    label
}

fn main() {
    println!("{}", sign(-3));
}
