fn f(a: &u32, b: &mut u32, c: &'static str, d: *const u8, e: *mut u8, g: &&u32, h: &mut &mut u32) {}
fn main() { let x = &a; let y = &mut b; let z = &raw const c; let w = &raw mut d; let v = &&e; let u = & & f; }
