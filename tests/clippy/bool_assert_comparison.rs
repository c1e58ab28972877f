// bool_assert_comparison: `assert_eq!(x, true)` is `assert!(x)`.

fn checks(b: bool, n: i32) {
    assert_eq!(b, true);
    assert_eq!(n > 0, false);
    assert_ne!(b, false);
    debug_assert_eq!(true, b);
}

// Near misses.
fn near(b: bool, c: bool) {
    assert_eq!(b, c);
    assert!(b);
}

#[allow(clippy::bool_assert_comparison)]
fn allowed(b: bool) {
    assert_eq!(b, true);
}

fn main() {
    checks(true, -1);
    near(true, true);
    allowed(true);
}
