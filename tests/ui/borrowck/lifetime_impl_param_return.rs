// Returning `&self` data as the impl's lifetime: rustc offers no "consider reusing a named
// lifetime parameter" here — `'a` is not written in any of the method's parameter types.
struct Holder<'a> {
    r: &'a mut Vec<i32>,
}

impl<'a> Holder<'a> {
    fn first(&self) -> &'a i32 {
        &self.r[0]
    }
}

fn main() {
    let mut v = vec![1];
    let h = Holder { r: &mut v };
    println!("{}", h.first());
}
