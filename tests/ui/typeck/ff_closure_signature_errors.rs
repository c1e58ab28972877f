// Closures with the wrong number or types of arguments for the adapter they are given to.
fn apply<F: Fn(i32) -> i32>(f: F) -> i32 {
    f(1)
}

fn main() {
    let v = vec![1, 2, 3];
    let doubled: Vec<i32> = v.iter().map(|a, b| a * b).collect();
    let r = apply(|x: i64| x + 1);
    let pairs = vec![(1, 'a'), (2, 'b')];
    let firsts: Vec<i32> = pairs.iter().map(|(n, c, _)| *n).collect();
    println!("{:?} {} {:?}", doubled, r, firsts);
}
