// Returning a closure as a bare `dyn Fn` (not `impl Fn`/`Box`), then using the result: E0746, E0277.
fn make_adder(n: i32) -> dyn Fn(i32) -> i32 {
    move |x| x + n
}

fn main() {
    let add5 = make_adder(5);
    println!("{}", add5(1));
}
