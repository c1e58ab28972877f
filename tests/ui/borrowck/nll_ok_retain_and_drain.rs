// Closures passed to `retain` and `sort_by_key` borrow other locals while the Vec is mutated.
fn main() {
    let banned = vec!["spam", "ads"];
    let mut msgs = vec!["hello", "spam", "news", "ads", "bye"];
    msgs.retain(|m| !banned.contains(m));
    msgs.sort_by_key(|m| m.len());
    let drained: Vec<&str> = msgs.drain(..1).collect();
    println!("{:?} {:?} {:?}", drained, msgs, banned);
}
