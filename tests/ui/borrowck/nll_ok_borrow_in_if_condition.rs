// A borrow used only in an `if` condition ends before the branch mutates.
fn main() {
    let mut words = vec![String::from("a"), String::from("bb")];
    if words.last().map(|w| w.len()).unwrap_or(0) > 1 {
        words.push(String::from("ccc"));
    }
    if words.iter().any(|w| w.is_empty()) {
        words.clear();
    }
    println!("{:?}", words);
}
