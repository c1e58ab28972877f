// A pattern whose type does not match the scrutinee (`Some` on a `Result`): E0308.
fn parse(s: &str) -> Result<i32, String> {
    s.parse::<i32>().map_err(|e| e.to_string())
}

fn main() {
    match parse("42") {
        Some(n) => println!("got {n}"),
        None => println!("nothing"),
    }
}
