// A value whose type implements Drop keeps its borrow until it is dropped at scope end: E0499.
struct Guard<'a> { v: &'a mut Vec<i32> }
impl Drop for Guard<'_> { fn drop(&mut self) { self.v.push(0); } }
fn main() {
    let mut v = vec![1];
    let g = Guard { v: &mut v };
    v.push(2);
}
