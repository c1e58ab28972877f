// Storing an unannotated parameter in a struct that holds `&'a str`: E0621.
struct Registry<'a> {
    names: Vec<&'a str>,
}

impl<'a> Registry<'a> {
    fn register(&mut self, name: &str) {
        self.names.push(name);
    }
}

fn main() {
    let mut r = Registry { names: Vec::new() };
    r.register("x");
    println!("{}", r.names.len());
}
