// Borrowing a temporary String that is dropped at the end of the statement: E0716.
fn main() {
    let s: &str = &String::from("short-lived");
    let t: &str;
    t = String::from("gone").as_str();
    println!("{s} {t}");
}
