fn main() {
    let mut v = vec![1, 2];
    let ref mut z = v[0];
    *z += 1;
    match v[1] { ref mut w => *w += 10 }
    let mut b = Box::new(5);
    let ref mut q = *b;
    *q += 1;
    println!("{v:?} {b}");
}
