// Destructuring a Drop type by value in a `let` pattern: E0509.
struct TempFile {
    path: String,
    size: usize,
}

impl Drop for TempFile {
    fn drop(&mut self) {
        println!("removing temp file");
    }
}

fn main() {
    let f = TempFile { path: String::from("/tmp/x"), size: 3 };
    let TempFile { path, size } = f;
    println!("{path} {size}");
}
