// Pushing a reference to a loop-local String into an outer Vec: E0597.
fn main() {
    let mut refs: Vec<&String> = Vec::new();
    for i in 0..3 {
        let label = format!("item-{i}");
        refs.push(&label);
    }
    println!("{:?}", refs);
}
