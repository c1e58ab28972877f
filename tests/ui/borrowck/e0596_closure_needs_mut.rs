// A closure that mutates its capture must itself be bound `mut` to be called: E0596.
fn main() {
    let mut log = Vec::new();
    let record = |s: &str| log.push(s.to_string());
    record("a");
    record("b");
    println!("{:?}", log);
}
