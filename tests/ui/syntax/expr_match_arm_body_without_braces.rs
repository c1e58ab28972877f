fn f(n: u8) -> u8 {
    match n {
        0 => println!("a"); 1,
        _ => 2,
    }
}
fn g(n: u8) -> u8 {
    match n {
        0 => 5;
        _ => 2;
    }
}
fn main(){}
