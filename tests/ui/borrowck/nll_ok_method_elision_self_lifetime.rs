// NLL accepts this (a false error ferric once reported: m01_method_elision_self_lifetime).
struct S { v: i32 }
impl S { fn get(&self, _k: &i32) -> &i32 { &self.v } }
fn get(m: &S, k: i32) -> &i32 { m.get(&k) }
fn main() { let m = S { v: 1 }; println!("{:?}", get(&m, 1)); }
