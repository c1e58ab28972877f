// NLL accepts this (a false error ferric once reported: m08_dyn_static_result_E0502).
fn make(v: &Vec<i32>) -> Box<dyn Fn() -> usize> { let n = v.len(); Box::new(move || n) }
fn main() {
    let mut v = vec![1];
    let f = make(&v);
    v.push(2);
    println!("{}", f());
}
