struct S { f: String }
fn a(r: &S) { let x = r.f; }
fn b(r: &String) { let x = *r; }
fn c(r: &S) -> String { let y: String; y = r.f; y }
fn d(p: *const String) { unsafe { let x = *p; } }
fn main() {}
