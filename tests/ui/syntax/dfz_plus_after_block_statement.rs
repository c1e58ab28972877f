// `+` starts no expression (only `+1`-like literals get "leading `+` is not supported"):
// after a block-like statement rustc suggests the parentheses that make one expression.
fn main() {
    let mut budget = 10u32;
    let cost = 3u32;
    if cost > budget {
        panic!("too much");
    }
    +budget -= cost;
    println!("{}", budget);
}
