// Calling a method with too many arguments: E0061.
struct Logger {
    prefix: String,
}

impl Logger {
    fn log(&self, msg: &str) {
        println!("{}: {}", self.prefix, msg);
    }
}

fn main() {
    let l = Logger { prefix: "app".into() };
    l.log("started", 3);
}
