// A `&mut` passed where the parameter is the function's own type parameter (`drop<T>(x: T)`)
// is moved, not reborrowed; where the type is known (`&mut T`, an impl's `T`) it is reborrowed.
struct Account { balance: u64 }
fn show<T: std::fmt::Debug>(_t: T) {}
fn main() {
    let mut acc = Account { balance: 5 };
    let a = &mut acc;
    a.balance -= 1;
    drop(a);
    println!("{}", a.balance);
    let mut v = vec![1];
    let r = &mut v;
    show(r);
    r.push(2);
    let mut x = 1;
    let mut refs: Vec<&mut i32> = Vec::new();
    let rx = &mut x;
    refs.push(rx);
    *rx += 1;
    let mut y = 1;
    let ry = &mut y;
    std::mem::swap(ry, &mut 5);
    *ry += 1;
}
