// An associated function provided by two traits, called through the type: E0034.
trait Animal {
    fn baby_name() -> String;
}

trait Pet {
    fn baby_name() -> String;
}

struct Dog;

impl Animal for Dog {
    fn baby_name() -> String {
        "puppy".into()
    }
}

impl Pet for Dog {
    fn baby_name() -> String {
        "pup".into()
    }
}

fn main() {
    println!("{}", Dog::baby_name());
}
