// E0030: an inclusive range whose lower bound is above its upper bound.
fn main() {
    let n = 5u8;
    match n {
        10..=1 => println!("never"),
        _ => println!("other"),
    }
}
