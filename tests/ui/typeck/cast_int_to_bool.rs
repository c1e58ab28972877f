// Casting an integer to `bool`: E0054.
fn main() {
    let status: i32 = 1;
    let ok = status as bool;
    println!("{ok}");
}
