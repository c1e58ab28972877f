// A closure whose parameter annotation contradicts the expected `Fn` signature: E0631.
fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}

fn main() {
    let r = apply(|s: &str| s.len() as i32, 5);
    println!("{r}");
}
