// Arithmetic that only overflows for some runtime values is not linted.
fn add(a: u8, b: u8) -> u8 {
    a.wrapping_add(b)
}

fn main() {
    let x: u8 = 200;
    let y = add(x, 100);
    let z = u32::MAX.wrapping_add(1);
    let arr = [1, 2, 3];
    let i = arr.len() - 1;
    println!("{} {} {}", y, z, arr[i]);
}
