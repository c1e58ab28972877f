// Assigning an unannotated parameter to a field of lifetime `'a`: E0621.
struct Config<'a> {
    name: &'a str,
}

impl<'a> Config<'a> {
    fn rename(&mut self, name: &str) {
        self.name = name;
    }
}

fn main() {
    let mut c = Config { name: "a" };
    c.rename("b");
    println!("{}", c.name);
}
