// Adding to an `Option<i32>` directly: E0369.
fn main() {
    let maybe: Option<i32> = "12".parse().ok();
    let next = maybe + 1;
    println!("{:?}", next);
}
