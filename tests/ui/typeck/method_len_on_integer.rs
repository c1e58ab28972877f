// Asking an integer for its `len()`: E0599.
fn main() {
    let pin: u32 = 4821;
    if pin.len() != 4 {
        println!("pin must have four digits");
    }
}
