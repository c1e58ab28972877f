// Two traits in scope providing a method of the same name: E0034.
trait Pilot {
    fn fly(&self) -> &'static str;
}

trait Wizard {
    fn fly(&self) -> &'static str;
}

struct Human;

impl Pilot for Human {
    fn fly(&self) -> &'static str {
        "This is your captain speaking."
    }
}

impl Wizard for Human {
    fn fly(&self) -> &'static str {
        "Up!"
    }
}

fn main() {
    let person = Human;
    println!("{}", person.fly());
}
