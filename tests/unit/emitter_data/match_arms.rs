fn main() {
    let x = match 1 {
        1 => 1,
        2 => 2,
        _ => "a",
    };
}
