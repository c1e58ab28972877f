// NLL accepts this (a false error ferric once reported: m01c_method_arg_borrow_extends_E0506).
struct S { v: Vec<i32> }
impl S { fn get(&mut self, _k: &i32) -> &mut i32 { &mut self.v[0] } }
fn main() { let mut m = S { v: vec![1] }; let mut k = 5; let r = m.get(&k); k += 1; *r += 1; println!("{}", k); }
