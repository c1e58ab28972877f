// An impl method with more parameters than the trait declares: E0050.
trait Greeter {
    fn greet(&self, name: &str) -> String;
}

struct English;

impl Greeter for English {
    fn greet(&self, name: &str, excited: bool) -> String {
        if excited { format!("Hello, {name}!") } else { format!("Hello, {name}.") }
    }
}

fn main() {
    println!("{}", English.greet("Ana"));
}
