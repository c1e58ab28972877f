// Forgetting to wrap in `Some`/`Ok`, and returning an `Option` where a value is wanted.
fn find_index(v: &[i32], target: i32) -> Option<usize> {
    for (i, x) in v.iter().enumerate() {
        if *x == target {
            return i;
        }
    }
    None
}

fn parse_age(s: &str) -> Result<u8, String> {
    match s.parse::<u8>() {
        Ok(n) => n,
        Err(e) => Err(e.to_string()),
    }
}

fn get_first(v: &[String]) -> String {
    v.first().cloned()
}

fn main() {
    println!("{:?} {:?} {}", find_index(&[1], 1), parse_age("3"), get_first(&[]));
}
