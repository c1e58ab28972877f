// `&'a mut Wrapper<'a>`: the borrow lives in the value itself, used by its Drop.
struct Wrapper<'a> {
    inner: &'a mut String,
}
impl<'a> Drop for Wrapper<'a> {
    fn drop(&mut self) {}
}
fn get<'a>(w: &'a mut Wrapper<'a>) -> &'a mut String { &mut *w.inner }
fn take<'a>(w: Wrapper<'a>) -> usize { let r = &mut *w.inner; r.len() }
fn main() {
    let mut s = String::new();
    let mut w = Wrapper { inner: &mut s };
    get(&mut w).push('a');
    let w2 = Wrapper { inner: &mut String::new() };
    take(w2);
}
