fn weekday(n: u8) -> &'static str {
    match n {
        0 => "mon",
        1 => "tue",
        _ => "later",
        /// other days are not needed yet
    }
}

fn main() {
    println!("{}", weekday(1));
}
