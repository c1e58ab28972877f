// String literals cannot cover `&str`: the witness is `&_` and rustc explains why.
fn command(s: &str) -> u8 {
    match s {
        "start" => 1,
        "stop" => 2,
    }
}

fn main() {
    println!("{}", command("start"));
}
