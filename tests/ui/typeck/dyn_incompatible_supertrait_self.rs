// `PartialEq` defaults its parameter to `Self`: a supertrait using `Self` makes the trait
// dyn incompatible; rustc reports it at the trait's name in the `dyn` type (E0038).
trait Comparable: PartialEq {
    fn key(&self) -> u32;
}

fn compare(a: &dyn Comparable) -> u32 {
    a.key()
}

fn main() {}
