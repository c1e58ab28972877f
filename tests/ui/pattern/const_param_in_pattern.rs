// E0158: a const generic parameter cannot be a pattern.
fn is<const N: u8>(x: u8) -> bool {
    match x {
        N => true,
        _ => false,
    }
}

fn main() {
    println!("{}", is::<3>(3));
}
