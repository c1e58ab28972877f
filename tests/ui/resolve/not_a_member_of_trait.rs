// Impl items the trait does not declare: E0407, E0437, E0438.
trait Animal {
    type Food;
    const LEGS: u32;
    fn speak(&self) -> String;
}

struct Dog;

impl Animal for Dog {
    type Food = u32;
    type Toy = String;
    const LEGS: u32 = 4;
    const TAILS: u32 = 1;
    fn speak(&self) -> String {
        String::from("woof")
    }
    fn fetch(&self) {}
}

fn main() {
    println!("{}", Dog.speak());
}
