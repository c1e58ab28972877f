// Two different closures for one generic type parameter: E0308.
fn choose<F: Fn(i32) -> i32>(first: F, second: F, pick_first: bool) -> i32 {
    if pick_first { first(10) } else { second(10) }
}

fn main() {
    let r = choose(|x| x + 1, |x| x * 2, false);
    println!("{r}");
}
