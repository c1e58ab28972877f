// mem_replace_with_default: `mem::replace(x, T::default())` is `mem::take(x)`.

use std::mem;

fn checks(v: &mut Vec<i32>, s: &mut String) -> (Vec<i32>, String) {
    (std::mem::replace(v, Vec::new()), mem::replace(s, String::new()))
}

// Near misses: replacing with a real value.
fn near(v: &mut Vec<i32>) -> Vec<i32> {
    mem::replace(v, vec![1])
}

#[allow(clippy::mem_replace_with_default)]
fn allowed(v: &mut Vec<i32>) -> Vec<i32> {
    mem::replace(v, Vec::new())
}

fn main() {
    let mut v = vec![1];
    let mut s = String::from("s");
    println!("{:?} {:?} {:?}", checks(&mut v, &mut s), near(&mut v), allowed(&mut v));
}
