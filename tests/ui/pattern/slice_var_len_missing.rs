// Slice splitting: `[]` and `[_]` are covered, long slices only when they start with
// `true`.
fn f(s: &[bool]) -> u8 {
    match s {
        [] => 0,
        [_] => 1,
        [true, ..] => 2,
        [.., true] => 3,
    }
}

fn main() {
    println!("{}", f(&[false, true]));
}
