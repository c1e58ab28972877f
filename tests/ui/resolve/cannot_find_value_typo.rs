// A misspelled local: "a local variable with a similar name exists".
fn main() {
    let total = 10;
    let count = 3;
    let avg = totl / count;
    println!("{avg}");
}
