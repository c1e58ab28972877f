enum E { A, B, C }
fn main() {
    let e = E::A;
    match e {
        E::A => {}
    }
}
