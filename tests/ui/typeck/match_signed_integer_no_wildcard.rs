// Matching an `i32` on a few literals without a catch-all: E0004.
fn weekday(n: i32) -> &'static str {
    match n {
        1 => "Mon",
        2 => "Tue",
        3 => "Wed",
        4 => "Thu",
        5 => "Fri",
        6 => "Sat",
        7 => "Sun",
    }
}

fn main() {
    println!("{}", weekday(3));
}
