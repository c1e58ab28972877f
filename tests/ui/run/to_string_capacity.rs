// to_string of integers, char, bool, str and String: rustc's exact capacities.
fn show(s: String) { println!("{:?} len={} cap={}", s, s.len(), s.capacity()); }
fn main() {
    show(5u8.to_string()); show((-5i8).to_string()); show(i8::MIN.to_string()); show(0i64.to_string());
    show(u128::MAX.to_string()); show(i128::MIN.to_string()); show((-1isize).to_string()); show(12345usize.to_string());
    show('é'.to_string()); show(true.to_string()); show("héllo".to_string()); let s = String::from("abc"); show(s.to_string());
    let r: &&str = &"xy"; show(r.to_string()); let n = 42i32; let rn = &n; show(rn.to_string()); show(2.5f64.to_string());
    let w: Vec<String> = (0..3).map(|i: u64| i.to_string()).collect(); println!("{:?}", w);
}
