// A closure taking one argument where the bound expects two: E0593.
fn combine<F: Fn(i32, i32) -> i32>(f: F) -> i32 {
    f(3, 4)
}

fn main() {
    println!("{}", combine(|x| x * 2));
}
