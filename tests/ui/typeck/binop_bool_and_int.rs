// `&&` with an integer operand: E0308.
fn main() {
    let flags = 3;
    let enabled = true;
    if enabled && flags {
        println!("on");
    }
}
