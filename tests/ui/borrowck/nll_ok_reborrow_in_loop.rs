// Reborrowing `&mut *r` in a loop leaves the original `&mut` usable afterwards.
fn bump(x: &mut i32) {
    *x += 1;
}

fn main() {
    let mut n = 0;
    let r = &mut n;
    for _ in 0..3 {
        bump(&mut *r);
        bump(r);
    }
    *r *= 10;
    println!("{n}");
}
