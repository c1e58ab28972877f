// A crate without `main`: E0601.
struct Config {
    debug: bool,
}

fn start(c: Config) -> bool {
    c.debug
}
