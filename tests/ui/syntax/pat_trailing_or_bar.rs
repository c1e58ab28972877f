fn is_weekend(day: &str) -> bool {
    match day {
        "sat" | "sun" | => true,
        _ => false,
    }
}

fn main() {
    println!("{}", is_weekend("sun"));
}
