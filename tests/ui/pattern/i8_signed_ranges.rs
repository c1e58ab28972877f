// Signed ranges: witnesses use the type's minimum and negative values with a suffix.
fn sign(n: i8) -> i8 {
    match n {
        -100..=-1 => -1,
        0 => 0,
        1..=i8::MAX => 1,
    }
}

fn main() {
    println!("{}", sign(-5));
}
