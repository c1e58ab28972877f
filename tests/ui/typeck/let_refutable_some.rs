// A refutable pattern in a plain `let`: E0005.
fn main() {
    let config: Option<u16> = "8080".parse().ok();
    let Some(port) = config;
    println!("{port}");
}
