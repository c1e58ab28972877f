// A misspelled method on `Vec`: E0599.
fn main() {
    let mut stack = Vec::new();
    stack.push(1);
    stack.push(2);
    let top = stack.pop_back();
    println!("{:?}", top);
}
