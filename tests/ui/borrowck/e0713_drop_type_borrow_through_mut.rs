// Returning a borrow through a `&mut` field of a Drop type: E0713.
struct Wrapper<'a> {
    inner: &'a mut String,
}

impl<'a> Drop for Wrapper<'a> {
    fn drop(&mut self) {
        self.inner.push('!');
    }
}

fn unwrap_inner<'a>(w: Wrapper<'a>) -> &'a mut String {
    w.inner
}

fn main() {
    let mut s = String::from("hi");
    let r = unwrap_inner(Wrapper { inner: &mut s });
    r.push('?');
    println!("{s}");
}
