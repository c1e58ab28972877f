// Calling an integer variable as a function: E0618.
fn main() {
    let rate = 3;
    let hours = 8;
    let pay = rate(hours);
    println!("{pay}");
}
