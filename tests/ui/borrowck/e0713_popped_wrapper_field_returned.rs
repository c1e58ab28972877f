// Drop-liveness: see the file name.
struct Wrapper<'a> {
    inner: &'a mut String,
}
impl<'a> Drop for Wrapper<'a> {
    fn drop(&mut self) {}
}
fn first<'a>(v: Vec<Wrapper<'a>>) -> &'a mut String {
    let mut v = v;
    let w = v.pop().unwrap();
    w.inner
}
fn main() {}
