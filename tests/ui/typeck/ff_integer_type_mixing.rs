// Mixing integer types: indexing with `i32`, adding `u64` to `usize`, comparing signed and
// unsigned values.
fn main() {
    let v = vec![10, 20, 30];
    let i: i32 = 1;
    println!("{}", v[i]);

    let count: usize = v.len();
    let extra: u64 = 5;
    let total = count + extra;

    let limit: u32 = 100;
    let value: i32 = -5;
    if value < limit {
        println!("below");
    }
    println!("{}", total);
}
