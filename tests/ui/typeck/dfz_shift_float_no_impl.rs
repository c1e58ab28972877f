// A float has no `Shl` for any right-hand side: E0369, as for a type without the operator
// (an integer of another width is E0277: `i32: Shl<..>` holds for some right-hand sides).
fn main() {
    let a = 1f64 << 3;
    let b = 2.5f32 >> 1u8;
    let c = 1.0 ^ 2.0;
    println!("{}", 1f64 << 3 << 2);
}
