// `Box<dyn Trait>` is `Box<dyn Trait + 'static>`: boxing borrowed data into it needs
// the borrow to be `'static`.
trait T {
    fn f(&self) {}
}

impl T for &str {}

fn mk<'a>(s: &'a str) -> Box<dyn T> {
    Box::new(s)
}

fn main() {
    mk("x").f();
}
