fn main() {
    let mut x = 5;
    let r = &mut x;
    let mut c = || { *r += 1; };
    let y = &r;
    c();
    println!("{}", y);
}
