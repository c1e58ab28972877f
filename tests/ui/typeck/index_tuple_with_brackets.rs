// Indexing a tuple with `[]` instead of `.0`: E0608.
fn main() {
    let pair = (10, 20);
    println!("{}", pair[0]);
}
