fn bump(counter: &mut &mut u32) {
    **counter += 1;
}

fn main() {
    let mut n = 0u32;
    let mut r = &mut n;
    bump(&&mut r);
    println!("{}", n);
}
