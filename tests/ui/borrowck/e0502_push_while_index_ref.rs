// Pushing to a Vec while holding `&v[0]`: E0502.
fn main() {
    let mut names = vec![String::from("a")];
    let first = &names[0];
    names.push(String::from("b"));
    println!("{first}");
}
