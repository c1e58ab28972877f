// An unfinished `let` followed by another: the second is parsed as a `let` expression
// where none is allowed; its type is an error, so `first + ...` reports nothing more.
fn main() {
    let first =
    let last = "Lovelace";
    let full = first + " " + last;
    println!("{full}");
}
