// Referring to an associated type the trait does not have: E0220.
trait Container {
    type Item;
    fn first(&self) -> Option<&Self::Item>;
}

fn show<C: Container>(c: &C) -> Option<&C::Element> {
    c.first()
}

fn main() {}
