fn main() {
    let words = vec!["alpha", "beta"];
    for w in words {
        if w.starts_with('al') {
            println!("{}", w);
        }
    }
}
