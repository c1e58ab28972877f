trait Speak {
    fn speak(&self) -> String;
}

struct Dog;

impl Speak Dog {
    fn speak(&self) -> String {
        String::from("woof")
    }
}

fn main() {
    println!("{}", Dog.speak());
}
