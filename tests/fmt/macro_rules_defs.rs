macro_rules! square { ($x:expr) => { $x * $x }; }
macro_rules! maximum {
    ($x:expr) => ($x);
    ($x:expr, $($rest:expr),+) => { { let a = $x; let b = maximum!($($rest),+); if a > b { a } else { b } } };
}
macro_rules! empty { () => {} }
#[macro_export]
macro_rules! make_struct { ($name:ident { $($field:ident : $ty:ty),* }) => { struct $name { $($field: $ty),* } }; }
fn main() { let s = square!(3); let m = maximum!(1, 2, 3); }
