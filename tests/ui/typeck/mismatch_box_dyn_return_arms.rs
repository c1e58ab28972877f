// `impl Trait` in return position with two different concrete types: E0308.
trait Animal {
    fn name(&self) -> String;
}
struct Dog;
struct Cat;
impl Animal for Dog {
    fn name(&self) -> String { "dog".into() }
}
impl Animal for Cat {
    fn name(&self) -> String { "cat".into() }
}

fn pick(barks: bool) -> impl Animal {
    if barks {
        Dog
    } else {
        Cat
    }
}

fn main() {
    println!("{}", pick(true).name());
}
