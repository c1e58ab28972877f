struct P;
fn main() {
    let a = P; let b = P;
    let _ = a == b;
}
