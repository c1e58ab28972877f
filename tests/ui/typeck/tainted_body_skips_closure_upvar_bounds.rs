struct S;
fn need_clone<T: Clone>(t: T) {}
fn need_fn<F: Fn()>(f: F) {}
fn main() {
    let p: &mut i32 = &5;
    let s = S;
    need_clone(move || { let _ = &s; });
    let mut n = 0;
    need_fn(|| n += 1);
}
