use std::collections:HashMap;

fn build() -> HashMap<&'static str, i32> {
    let mut m = HashMap:new();
    m.insert("one", 1);
    m
}

fn main() {
    println!("{:?}", build().get("one"));
}
