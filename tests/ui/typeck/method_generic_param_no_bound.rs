// Calling a trait method on a type parameter that lacks the bound: E0599.
trait Describe {
    fn describe(&self) -> String;
}

impl Describe for i32 {
    fn describe(&self) -> String {
        format!("the number {self}")
    }
}

fn print_all<T>(items: &[T]) {
    for it in items {
        println!("{}", it.describe());
    }
}

fn main() {
    print_all(&[1, 2, 3]);
}
