// Comparing with NaN: `==`/`!=` are always false/true (suggest `is_nan`), `<` and the
// others are never true.
fn main() {
    let x: f64 = std::hint::black_box(1.5);
    let y = 2.0f32;
    println!("{}", x == f64::NAN);
    println!("{}", f64::NAN != x);
    println!("{}", y != f32::NAN);
    println!("{}", x < f64::NAN);
    println!("{}", f32::NAN >= y);
    println!("{}", x == std::f64::NAN);
    println!("{}", x.is_nan());
}
