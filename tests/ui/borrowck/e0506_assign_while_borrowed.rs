// Assigning to a variable while a reference to it is still used: E0506.
fn main() {
    let mut best = String::from("none");
    let shown = &best;
    best = String::from("gold");
    println!("{shown} {best}");
}
