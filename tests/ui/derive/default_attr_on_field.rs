#[derive(Default)]
struct Config {
    #[default]
    verbose: bool,
}

fn main() {
    let _ = Config::default();
}
