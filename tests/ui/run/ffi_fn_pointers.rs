// Foreign functions as values: coerced to `unsafe extern "C" fn` pointers, passed to a
// higher-order function, stored in a table, bound to a variable.
use std::ffi::{c_double, c_int};
extern "C" {
    fn abs(x: c_int) -> c_int;
    fn labs(x: i64) -> i64;
    fn sqrt(x: c_double) -> c_double;
}
fn apply(f: unsafe extern "C" fn(c_int) -> c_int, xs: &[i32]) -> Vec<i32> {
    xs.iter().map(|&x| unsafe { f(x) }).collect()
}
fn main() {
    println!("{:?}", apply(abs, &[-3, 4, -5]));
    let table: [(&str, unsafe extern "C" fn(c_double) -> c_double); 1] = [("sqrt", sqrt)];
    for (name, f) in table {
        println!("{} {}", name, unsafe { f(2.25) });
    }
    let g = labs;
    println!("{}", unsafe { g(-9) });
}
