// A closure borrowing a Vec is last used before the Vec is mutated.
fn main() {
    let mut v = vec![3, 1, 2];
    let sum = || v.iter().sum::<i32>();
    let before = sum();
    v.push(10);
    let mut inc = || v.iter_mut().for_each(|x| *x += 1);
    inc();
    inc();
    println!("{before} {:?}", v);
}
