fn main() {
    let x = 5;
    let r: &mut i32 = &x;
    *r += 1;
    let t = (1, 2);
    println!("{}", t.2);
}
