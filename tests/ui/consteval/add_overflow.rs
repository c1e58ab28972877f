// A constant adding past `i32::MAX`: E0080.
const BIG: i32 = i32::MAX + 1;

fn main() {
    let _ = BIG;
}
