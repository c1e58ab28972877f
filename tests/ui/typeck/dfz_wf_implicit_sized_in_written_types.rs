// A written type must be well-formed: an ADT's type parameter is implicitly `Sized`
// (`Vec<str>` in a signature or a `let` annotation is E0277 at the ADT's span).
fn count(_x: &Vec<str>) -> usize {
    0
}

fn main() {
    let _o: Option<str>;
}
