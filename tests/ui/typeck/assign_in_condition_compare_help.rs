fn main() {
    let x = 5;
    let s = String::from("a");
    let r = &s;
    let mut y = 0;
    if x = 5 { }
    if y = 5 { }
    while x = 3 { }
    if s = "b" { }
    if r = "a" { }
    if x == 1 && y = 2 { }
    if x = vec![1] {}
}
