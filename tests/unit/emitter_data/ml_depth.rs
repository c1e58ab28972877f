fn main() {
    let x = match 1 {
        1 => (
            1
        ),
        _ => (
            "a"
        ),
    };
}
