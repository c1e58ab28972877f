// An assignment to something that is no place: E0070 only (the right-hand side is not
// also reported against it), and `op=` on a `&mut` whose target has the operator: E0368
// with the dereference suggestion, no E0067.
use std::collections::HashMap;

fn f() -> i32 {
    1
}

fn main() {
    let mut x = 1i32;
    &mut x = 5u8;
    f() = "s";
    1 = 2.5;
    let mut m: HashMap<&str, usize> = HashMap::new();
    m.entry("a").or_insert(0) += 1;
    let mut b = 1u8;
    b -= 1i32;
    b &= 1i32;
    b <<= 1.0;
    for r in &[1u8, 2] {
        &mut b += r;
    }
    println!("{} {}", x, b);
}
