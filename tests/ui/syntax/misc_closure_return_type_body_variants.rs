fn main() {
    let f = |x: i32| -> i32 x * 2;
    let g = || -> bool !true;
    println!("{} {}", f(1), g());
}
