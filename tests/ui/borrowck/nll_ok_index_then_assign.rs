// Reading an element, then assigning to the same Vec by index.
fn main() {
    let mut fib = vec![1u64, 1];
    for i in 2..10 {
        let next = fib[i - 1] + fib[i - 2];
        fib.push(next);
        fib[i] = fib[i - 1] + fib[i - 2];
    }
    let last = fib.len() - 1;
    fib[last] += fib[0];
    println!("{:?}", fib);
}
