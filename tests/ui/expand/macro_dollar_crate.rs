// `$crate` paths and macros calling macros defined later in the crate via `$crate`.
pub mod math {
    pub fn add(a: i32, b: i32) -> i32 { a + b }
}

#[macro_export]
macro_rules! add {
    ($a:expr, $b:expr) => { $crate::math::add($a, $b) };
    ($a:expr, $($rest:expr),+) => { $crate::math::add($a, $crate::add!($($rest),+)) };
}

fn main() {
    println!("{}", add!(1, 2));
    println!("{}", add!(1, 2, 3, 4));
}
