// NLL accepts this (a false error ferric once reported: m03_slice_pattern_from_end_E0499).
fn f(xs: &mut [i32]) {
    if let [first, .., last] = xs { *first += 1; *last += 1; }
}
fn main() { f(&mut [1, 2]); }
