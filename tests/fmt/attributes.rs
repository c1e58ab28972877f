#![allow(dead_code)]
#![allow(unused_variables, unused_imports)]

#[derive(Debug)]
#[derive(Clone, Copy)]
#[derive(PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
struct S;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize)]
struct Big;

#[cfg(test)]
mod tests {
    #[test]
    fn it_works() { assert_eq!(2 + 2, 4); }
}

#[inline(always)]
#[must_use = "use the result"]
fn f() -> i32 { 1 }

#[cfg(all(target_os = "linux", any(target_arch = "x86_64", target_arch = "aarch64"), not(feature = "minimal")))]
fn platform() {}

#[allow(clippy::too_many_arguments)] fn same_line_attr() {}

fn main() {
    #[allow(unused)]
    let x = 1;
    #[cfg(debug_assertions)]
    println!("debug");
}
