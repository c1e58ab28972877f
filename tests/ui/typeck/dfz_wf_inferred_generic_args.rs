// Inferred generic arguments must be well-formed too: a method call's (`collect()` making a
// `Vec<str>`), a type-relative path's `Self` (`Vec::new()` of a `Vec<[i32]>`), and a
// constructor's (`None` of an `Option<str>`), each where it is used.
fn main() {
    let v: Vec<str> = "a b".split(' ').collect();
    let w: Vec<[i32]> = Vec::new();
    let o: Option<str> = None;
}
