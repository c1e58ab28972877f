// A type without `Debug` reached through `&T`: the error names the type itself, with
// "required for `&A` to implement `Debug`"; a coercion to `dyn Debug` says which cast.
use std::fmt::Debug;
struct A;
fn main() {
    let a = A;
    println!("{:?}", &a);
    let _x: &dyn Debug = &&a;
    let _y: Box<dyn Debug> = Box::new(&a);
}
