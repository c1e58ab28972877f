// `parse()` with no target type: E0284.
fn main() {
    let line = "128";
    let value = line.trim().parse().unwrap();
    println!("{}", value);
}
