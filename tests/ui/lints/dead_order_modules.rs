mod inner {
    pub fn a() {}
    fn b() {}
    pub mod deeper { fn c() {} }
}
fn top() {}
mod other { fn d() {} }
fn main() { inner::a(); }
