use std::rc::Rc;
fn main() {
    let a = Rc::new(String::from("x"));
    let b: String = *a;
    let v = vec![String::from("a")];
    for s in &v { let owned: String = *s; }
}
