// Matching a `String` against string literal patterns, and tuple patterns of the wrong arity.
fn command(input: String) -> u8 {
    match input {
        "start" => 1,
        "stop" => 2,
        _ => 0,
    }
}

fn sum_pair(p: (i32, i32)) -> i32 {
    let (a, b, c) = p;
    a + b
}

fn main() {
    println!("{} {}", command("start".to_string()), sum_pair((1, 2)));
}
