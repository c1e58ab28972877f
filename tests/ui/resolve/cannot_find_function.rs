// Calling functions that do not exist, in the crate and in a module.
mod math {
    pub fn square(x: i32) -> i32 { x * x }
}

fn main() {
    let a = math::cube(3);
    let b = squares(4);
    println!("{a} {b}");
}
