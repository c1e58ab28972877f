enum E { A(String, i32), B(i32, String) }
fn f(e: E) -> String {
    match e {
        E::A(s, n) | E::B(n, s) if { drop(s); n > 1 } => String::new(),
        _ => String::new(),
    }
}
fn main() { f(E::A(String::new(), 1)); }
