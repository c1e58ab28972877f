// A trait with a generic method and a `Self` return used as a trait object.
trait Animal {
    fn name(&self) -> String;
    fn clone_me(&self) -> Self;
    fn feed<F: Fn()>(&self, f: F);
}

struct Dog;

impl Animal for Dog {
    fn name(&self) -> String {
        "dog".into()
    }
    fn clone_me(&self) -> Self {
        Dog
    }
    fn feed<F: Fn()>(&self, f: F) {
        f()
    }
}

fn main() {
    let zoo: Vec<Box<dyn Animal>> = vec![Box::new(Dog)];
    for a in &zoo {
        println!("{}", a.name());
    }
}
