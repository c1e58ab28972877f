// `Result` given three type arguments: E0107.
fn parse(s: &str) -> Result<i32, String, ()> {
    s.parse::<i32>().map_err(|e| e.to_string())
}

fn main() {
    println!("{:?}", parse("3"));
}
