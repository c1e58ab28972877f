// An impl defining a method the trait does not declare: E0407.
trait Animal {
    fn name(&self) -> String;
}

struct Dog;

impl Animal for Dog {
    fn name(&self) -> String {
        "Rex".to_string()
    }
    fn bark(&self) -> String {
        "woof".to_string()
    }
}

fn main() {
    println!("{}", Dog.name());
}
