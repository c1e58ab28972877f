// Comparing a `usize` length against an `i32` variable: E0308.
fn main() {
    let items = vec!["a", "b", "c"];
    let limit: i32 = 2;
    if items.len() > limit {
        println!("too many");
    }
}
