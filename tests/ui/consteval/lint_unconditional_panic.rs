// `unconditional_panic` in a function body: index past a fixed-size array, division by zero.
fn main() {
    let a = [1, 2, 3];
    let b = a[3];
    let c = 10 / 0;
    let _ = (b, c);
}
