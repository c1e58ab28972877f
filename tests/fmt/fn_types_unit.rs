// Function types returning (), and comments in empty parameter lists.
pub struct State<F: FnMut() -> ()> { now: F }
fn f(x: impl Fn(u32) -> u32) {}
type T = Box<dyn Fn() -> ()>;
fn g<F: Fn() -> ()>() {}
type A = fn(/* c */) -> (u8, ());
type B = fn(// c
) -> ();
