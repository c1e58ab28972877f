// A `main` returning a type that is not `Termination`: E0277.
fn main() -> Option<()> {
    let v = vec![1, 2, 3];
    let first = v.first()?;
    println!("{first}");
    Some(())
}
