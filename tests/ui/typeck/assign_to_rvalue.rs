// Assigning to the result of a function call: E0070.
fn limit() -> u32 {
    10
}

fn main() {
    limit() = 20;
    println!("{}", limit());
}
