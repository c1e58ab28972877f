// An associated type must be `Sized` unless the trait relaxes it (E0277).
trait Container {
    type Item;
    fn first(&self) -> Option<&Self::Item>;
}

struct Text(String);

impl Container for Text {
    type Item = str;
    fn first(&self) -> Option<&str> {
        Some(&self.0)
    }
}

fn main() {
    println!("{:?}", Text(String::from("a")).first());
}
