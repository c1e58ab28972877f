// Casting a struct to an integer: E0605.
struct UserId(u64);

fn main() {
    let id = UserId(12);
    let raw = id as u64;
    println!("{raw}");
}
