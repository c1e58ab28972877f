// Calling a method that exists only on the concrete type through `&dyn Trait`: E0599.
trait Sound {
    fn speak(&self) -> String;
}

struct Bird;

impl Bird {
    fn fly(&self) -> String {
        "flap".to_string()
    }
}

impl Sound for Bird {
    fn speak(&self) -> String {
        "tweet".to_string()
    }
}

fn main() {
    let animal: &dyn Sound = &Bird;
    println!("{} {}", animal.speak(), animal.fly());
}
