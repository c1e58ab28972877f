#[cfg_attr()]
struct Settings {
    verbose: bool,
}

fn main() {
    let s = Settings { verbose: true };
    println!("{}", s.verbose);
}
