// Returning `&mut` of a local as `&'static mut`: E0515.
fn leak() -> &'static mut i32 {
    let mut x = 5;
    &mut x
}

fn main() {
    *leak() += 1;
}
