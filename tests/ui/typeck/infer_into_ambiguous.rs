// `.into()` whose target type cannot be inferred: E0283.
fn main() {
    let n: u8 = 200;
    let wide = n.into();
    println!("{}", wide);
}
