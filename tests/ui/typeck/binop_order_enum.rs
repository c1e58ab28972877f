// Ordering enum values with `<` without `PartialOrd`: E0369.
#[derive(PartialEq)]
enum Level {
    Low,
    Medium,
    High,
}

fn main() {
    let a = Level::Low;
    let b = Level::High;
    if a < b {
        println!("escalate");
    }
}
