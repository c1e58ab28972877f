struct S { f: i32 }
fn main() {
    let mut s = S { f: 1 };
    s.f = 2;
}
