// An inline `const` block that overflows: E0080 and a note at the block.
fn main() {
    let x = const { 200u8 + 100 };
    let _ = x;
}
