fn f(x: i32) -> i32 {
    match x { 0 => return 1, _ => panic!("no") }
    let a = 1;
    a
}
fn g(x: i32) -> i32 {
    if x > 0 { return 1; } else { std::process::exit(2) }
    let b = 1;
    b
}
fn h(x: Option<i32>) -> i32 {
    let v = x.unwrap_or_else(|| panic!());
    foo(return 5);
    v
}
fn foo(_: i32) {}
fn k() -> i32 {
    { return 3; }
    4
}
fn main() { f(0); g(1); h(None); k(); }
