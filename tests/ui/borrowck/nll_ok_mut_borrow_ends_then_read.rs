// NLL: a mutable borrow that is no longer used does not block later reads.
fn main() {
    let mut s = String::from("abc");
    let r = &mut s;
    r.push('d');
    println!("{}", s.len());
    let r2 = &mut s;
    r2.push('e');
    println!("{s}");
}
