// A closure that mutably borrows a variable conflicts with other uses while it lives.
fn main() {
    let mut count = 0;
    let mut inc = || count += 1;
    println!("{}", count);
    inc();

    let mut list = vec![1, 2, 3];
    let mut add = |x| list.push(x);
    let first = &list[0];
    add(4);
    println!("{}", first);

    let mut total = 0;
    let mut a = || total += 1;
    let mut b = || total += 2;
    a();
    b();
}
