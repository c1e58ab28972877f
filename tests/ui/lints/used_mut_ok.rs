fn main() {
    let mut v = Vec::new();
    v.push(1);
    let mut n = 0;
    n += 1;
    let mut s = String::new();
    let r = &mut s;
    r.push('a');
    println!("{:?} {} {}", v, n, s);
}
