// Casting a `&str` to an integer with `as` (it needs `parse`): E0606.
fn main() {
    let input = "42";
    let n = input as i32;
    println!("{n}");
}
