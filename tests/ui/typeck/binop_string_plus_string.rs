// `&str + &str` (the left operand must be an owned `String`): E0369.
fn main() {
    let first = "Ada";
    let last = "Lovelace";
    let full = first + " " + last;
    println!("{full}");
}
