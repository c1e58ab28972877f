struct B(i32, String);
struct C(i32, Vec<u8>);
fn main() {
    let mut b = B(1, String::new());
    b.0 = 5;
    let mut c = C(1, vec![]);
    c.0 = 5;
    let mut s = String::new();
    s = String::from("x");
}
