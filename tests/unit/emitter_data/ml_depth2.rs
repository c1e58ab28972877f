fn f(a: i32, b: i32) -> i32 { a + b }
fn main() {
    let x: String = f(
        1,
        "two",
    );
}
