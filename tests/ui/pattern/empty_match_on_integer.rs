// An empty match on an inhabited type: "type `i32` is non-empty".
fn never(x: i32) -> u8 {
    match x {}
}

fn main() {
    println!("{}", never(1));
}
