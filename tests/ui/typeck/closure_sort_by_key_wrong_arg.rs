// `sort_by` with a closure taking one argument instead of two: E0593.
fn main() {
    let mut words = vec!["pear", "fig", "banana"];
    words.sort_by(|w| w.len());
    println!("{:?}", words);
}
