// A binding initialized only in an `if` without `else` is possibly-uninitialized: E0381.
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let mode: &str;
    if args.len() > 3 {
        mode = "verbose";
    }
    println!("mode = {mode}");
}
