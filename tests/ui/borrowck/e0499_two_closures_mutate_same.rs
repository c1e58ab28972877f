// Two closures that both mutate the same variable, both still in use: E0499.
fn main() {
    let mut count = 0;
    let mut inc = || count += 1;
    let mut dec = || count -= 1;
    inc();
    dec();
    println!("{count}");
}
