// Borrowing an element of an array that is mutably borrowed: one E0502 on `a[_]`.
fn main() {
    let mut a = [1, 2, 3];
    let r = &mut a;
    let x = &a[0];
    r[1] = 5;
    println!("{}", x);
}
