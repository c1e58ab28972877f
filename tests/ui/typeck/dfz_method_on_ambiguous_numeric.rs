// A numeric type's method called on a literal whose type is still `{float}`/`{integer}`:
// E0689, suggesting a type for the literal or its binding.
fn main() {
    let x = 2.0;
    println!("{}", x.powi(2));
    println!("{}", 3.0.sqrt());
    let y = 5;
    println!("{}", y.pow(2));
}
