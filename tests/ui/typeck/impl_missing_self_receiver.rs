// The trait method takes `&self` but the impl declares an associated function: E0186.
trait Describe {
    fn describe(&self) -> String;
}

struct Planet {
    name: String,
}

impl Describe for Planet {
    fn describe() -> String {
        "a planet".to_string()
    }
}

fn main() {
    let p = Planet { name: "Mars".into() };
    println!("{} {}", p.name, p.describe());
}
