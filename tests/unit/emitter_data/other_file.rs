mod aux_other;
fn main() {
    let s = aux_other::S;
    s.missing();
    aux_other::f(1, 2);
}
