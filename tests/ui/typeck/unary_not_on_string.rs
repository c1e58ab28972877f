// Applying `!` to a `String`: E0600.
fn main() {
    let input = String::from("");
    if !input {
        println!("empty");
    }
}
