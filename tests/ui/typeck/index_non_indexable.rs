// Indexing an integer: E0608.
fn main() {
    let code: u32 = 4096;
    let first_digit = code[0];
    println!("{first_digit}");
}
