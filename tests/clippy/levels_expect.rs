// `#[expect(clippy::...)]` silences the lint like `allow`; an expectation no lint meets
// is rustc's `unfulfilled_lint_expectations` warning.

#[expect(clippy::needless_return)]
fn ret(x: i32) -> i32 {
    return x + 1;
}

#[expect(clippy::needless_return)]
fn unmet(x: i32) -> i32 {
    x + 1
}

#[expect(clippy::len_zero, clippy::needless_return)]
fn half(v: &[i32]) -> bool {
    v.len() == 0
}

fn main() {
    println!("{} {} {}", ret(1), unmet(2), half(&[]));
}
