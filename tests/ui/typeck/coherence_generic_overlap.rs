// An impl for every `Vec<T>` and one for `Vec<u8>` overlap (E0119).
trait Summary {
    fn summary(&self) -> String;
}

impl<T> Summary for Vec<T> {
    fn summary(&self) -> String {
        format!("{} items", self.len())
    }
}

impl Summary for Vec<u8> {
    fn summary(&self) -> String {
        format!("{} bytes", self.len())
    }
}

fn main() {
    println!("{}", vec![1, 2].summary());
}
