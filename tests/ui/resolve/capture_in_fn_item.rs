// A nested fn cannot see the enclosing function's locals: E0434.
fn main() {
    let factor = 3;
    fn scale(x: i32) -> i32 {
        x * factor
    }
    println!("{}", scale(2));
}
