fn f(n: i32) -> i32 {
    if n > 0 { 1 } else return 2;
}
fn g(n: i32) {
    while n > 0
        println!("x");
}
fn h(v: Vec<i32>) {
    for x in v println!("{}", x);
}
fn k() -> i32 {
    loop return 1;
}
fn main(){}
