// Division and remainder by constants: Rust truncates toward zero, for every sign.
fn main() {
    let xs: [i32; 7] = [-7, -6, -1, 0, 1, 6, 7];
    for &x in xs.iter() {
        print!("{} {} {} {} {} {} | ", x / 3, x % 3, x / -3, x % -3, (x as u32 % 5), x / 1);
    }
    let m = i32::MIN;
    println!("{} {} {} {}", m / 2, m % 2, m / -2, m % -7);
    let v: i64 = -1_000_000_007;
    println!("{} {}", v / 10, v % 10);
}
