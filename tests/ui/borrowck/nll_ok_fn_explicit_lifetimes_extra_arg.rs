// NLL accepts this (a false error ferric once reported: m01b_fn_explicit_lifetimes_extra_arg).
fn pick<'a, 'b>(a: &'a i32, _b: &'b i32) -> &'a i32 { a }
fn f(m: &i32, k: i32) -> &i32 { pick(m, &k) }
fn main() { println!("{}", f(&1, 2)); }
