// A tuple expression must have a statically known size: with a `str` last element (from
// the annotation) it is E0277 at the tuple, besides the binding's own `Sized` error.
fn main() {
    let (e, f): (char, str) = ('e', "f");
}
