// Comparing a `String` with a `char`: E0277.
fn main() {
    let answer = String::from("y");
    if answer == 'y' {
        println!("yes");
    }
}
