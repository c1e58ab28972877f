fn add_all(out: &mut String, parts: &[&str]) {
    parts.iter().for_each(move |p| out.push_str(p));
}
fn main() {
    let mut s = String::new();
    add_all(&mut s, &["a", "b"]);
    s.extend(['x', 'y'].iter());
    let t: String = vec!["p", "q"].into_iter().collect();
    println!("{} {}", s, t);
}
