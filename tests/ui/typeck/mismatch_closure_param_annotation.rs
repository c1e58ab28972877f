// Calling a closure with an argument that contradicts its annotated parameter: E0308.
fn main() {
    let double = |x: i32| x * 2;
    let input = "21";
    println!("{}", double(input));
}
