// Looping over an integer instead of a range: E0277.
fn main() {
    let n = 5;
    let mut total = 0;
    for i in n {
        total += i;
    }
    println!("{total}");
}
