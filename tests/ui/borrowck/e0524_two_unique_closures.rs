fn set(x: &mut isize) {
    *x += 4;
}

fn dummy(r: &mut isize) {
    let mut c1 = || set(r);
    let mut c2 = || set(r);
    c2();
    c1();
}

fn main() {
    let mut n = 1;
    dummy(&mut n);
}
