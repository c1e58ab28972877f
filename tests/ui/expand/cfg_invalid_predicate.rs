#[cfg(either(unix, windows))]
fn portable() -> &'static str {
    "portable"
}

fn main() {
    println!("start");
}
