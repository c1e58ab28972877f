// A struct literal naming a type that does not exist: E0422.
struct Config {
    verbose: bool,
}

fn main() {
    let c = Confg { verbose: true };
    let d = Settings { level: 3 };
    println!("{}", c.verbose);
}
