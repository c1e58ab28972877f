// `?` on a `Result` inside a function returning `Option`: E0277.
fn first_number(line: &str) -> Option<i32> {
    let word = line.split_whitespace().next()?;
    let n = word.parse::<i32>()?;
    Some(n)
}

fn main() {
    println!("{:?}", first_number("12 apples"));
}
