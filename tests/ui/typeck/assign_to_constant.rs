// Assigning to a `const` item: E0070.
const MAX_RETRIES: u32 = 3;

fn main() {
    MAX_RETRIES = 5;
    println!("{}", MAX_RETRIES);
}
