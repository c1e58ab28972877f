// Copying an element of an array that is mutably borrowed: E0503 on `a[_]`.
fn main() {
    let mut a = [1, 2, 3];
    let r = &mut a;
    let i = a[0];
    r[1] = i;
}
