// Nested options: the witnesses are built through two levels of `Some`.
fn classify(v: Option<Option<bool>>) -> u8 {
    match v {
        Some(Some(true)) => 1,
        None => 0,
    }
}

fn main() {
    println!("{}", classify(Some(None)));
}
