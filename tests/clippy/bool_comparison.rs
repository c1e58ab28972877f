// bool_comparison: comparing a bool with `true`/`false`.

fn checks(b: bool, c: bool) -> [bool; 5] {
    [b == true, b == false, true == c, b != true, c != false]
}

// Near misses: not literals, or not `==`/`!=`.
fn near(b: bool, c: bool) -> [bool; 3] {
    [b == c, b & true, !b]
}

#[allow(clippy::bool_comparison)]
fn allowed(b: bool) -> bool {
    b == true
}

fn main() {
    println!("{:?} {:?} {}", checks(true, false), near(true, false), allowed(true));
}
