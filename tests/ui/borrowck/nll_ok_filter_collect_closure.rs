// NLL accepts this (a false error ferric once reported: m01f_filter_collect_closure_E0373).
fn big(v: &[f64], k: f64) -> Vec<&f64> {
    v.iter().filter(|&&r| r > k).collect()
}
fn main() { println!("{:?}", big(&[1.0, 5.0], 2.0)); }
