// Drop-liveness: see the file name.
struct Wrapper<'a> {
    inner: &'a mut String,
}
impl<'a> Drop for Wrapper<'a> {
    fn drop(&mut self) {}
}
fn unwrap_inner(w: Wrapper<'_>) -> &mut String {
    w.inner
}
fn other<'a>(w: Box<Wrapper<'a>>, n: &'a mut String) -> &'a mut String {
    if n.is_empty() { return n; }
    &mut *w.inner
}
fn main() {}
