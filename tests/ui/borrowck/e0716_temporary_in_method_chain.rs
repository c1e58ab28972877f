// A reference into a temporary produced in a method chain: E0716.
fn main() {
    let raw = "  Hello  ";
    let trimmed: &str = raw.to_lowercase().trim();
    println!("[{trimmed}]");
}
