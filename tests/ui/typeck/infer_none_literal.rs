// A binding initialised with `None` and never constrained: E0282.
fn main() {
    let best = None;
    if best.is_none() {
        println!("no best yet");
    }
}
