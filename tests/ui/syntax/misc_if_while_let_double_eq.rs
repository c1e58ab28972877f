fn main() {
    let v: Option<i32> = None;
    if let Some(x) == v { println!("{}", x); }
    while let Some(y) == v { println!("{}", y); }
}
