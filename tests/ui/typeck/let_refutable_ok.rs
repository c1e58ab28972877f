// `let Ok(x) = ...` where the error type is inhabited: E0005.
fn main() {
    let input = "12";
    let Ok(n) = input.parse::<i32>();
    println!("{}", n * 2);
}
