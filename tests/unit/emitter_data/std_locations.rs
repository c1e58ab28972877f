// Spans into std's library, whose source rustc does not have: location-only rendering.
use std::collections::HashMap;

#[derive(PartialEq)]
struct K(i32);

fn main() {
    let mut m = HashMap::new();
    m.insert(K(1), 2);
    let x = Some(5);
    let _y = x + 1;
    let _o: Option<i32> = Some("a".len());
}
