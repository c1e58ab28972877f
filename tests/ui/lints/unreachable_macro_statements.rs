macro_rules! bail { () => { return 0 } }
fn c(n: i32) -> i32 {
    let u: i32 = if n > 0 { panic!() } else { loop {} };
    u
}
fn g(n: i32) -> i32 {
    for i in 0..n {
        continue;
        println!("never {}", i);
    }
    let x: i32 = { return 1; };
    println!("{}", x);
    bail!();
    x
}
fn main() { c(1); g(2); }
