// approx_constant: literals close to std's float constants (deny by default).

fn checks() -> [f64; 3] {
    [3.14159, 2.718281, 1.41421356]
}

// Near misses: too few digits, other values.
fn near() -> [f64; 2] {
    [3.1, 2.5]
}

#[allow(clippy::approx_constant)]
fn allowed() -> f64 {
    3.1415926
}

fn main() {
    println!("{:?} {:?} {}", checks(), near(), allowed());
}
