// A binding assigned only inside a `for` loop body may be uninitialized after it: E0381.
fn main() {
    let data = vec![4, 8, 15];
    let last: i32;
    for x in &data {
        last = *x;
        break;
    }
    println!("{last}");
}
