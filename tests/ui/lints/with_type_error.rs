fn dead() {}
fn main() {
    let x = 1;
    while true {}
    let s: i32 = "a";
}
