// Every arm has a guard: none counts towards exhaustiveness, and rustc says so.
fn describe(n: u32) -> &'static str {
    match n {
        x if x < 10 => "small",
        x if x >= 10 => "large",
    }
}

fn main() {
    println!("{}", describe(3));
}
