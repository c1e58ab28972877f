// A downstream crate may implement the local trait for `Box<TheirType>`, so a blanket
// impl over `T: Local` overlaps an impl for every `Box<U>` (E0119).
trait Local {}

trait Describe {
    fn describe(&self) -> &'static str;
}

impl<T: Local> Describe for T {
    fn describe(&self) -> &'static str {
        "local"
    }
}

impl<U> Describe for Box<U> {
    fn describe(&self) -> &'static str {
        "boxed"
    }
}

fn main() {}
