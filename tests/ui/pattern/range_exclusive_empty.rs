// E0579: an exclusive range must contain a value.
fn main() {
    let n = 5i32;
    match n {
        3..3 => println!("never"),
        _ => println!("other"),
    }
}
