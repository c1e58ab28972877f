// Interleaving `&self` and `&mut self` methods on a String in sequence.
fn main() {
    let mut s = String::new();
    for word in ["alpha", "beta", "gamma"] {
        if !s.is_empty() {
            s.push(',');
        }
        s.push_str(word);
        let n = s.len();
        s.push_str(&n.to_string());
    }
    let upper = s.to_uppercase();
    s.truncate(5);
    println!("{s} {upper}");
}
