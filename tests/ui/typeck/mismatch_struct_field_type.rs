// A struct field initialised with a value of the wrong type: E0308.
#[derive(Debug)]
struct Config {
    verbose: bool,
    retries: u8,
    name: String,
}

fn main() {
    let cfg = Config {
        verbose: 1,
        retries: 3,
        name: String::from("server"),
    };
    println!("{:?}", cfg);
}
