// `Default::default()` with nothing fixing its type: E0790.
fn main() {
    let settings = Default::default();
    println!("created settings");
    drop(settings);
}
