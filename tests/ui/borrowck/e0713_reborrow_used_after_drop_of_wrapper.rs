// Drop-liveness: see the file name.
struct Wrapper<'a> {
    inner: &'a mut String,
}
impl<'a> Drop for Wrapper<'a> {
    fn drop(&mut self) {}
}
fn main() {
    let mut s = String::new();
    let r;
    {
        let w = Wrapper { inner: &mut s };
        r = &mut *w.inner;
    }
    r.push('a');
}
