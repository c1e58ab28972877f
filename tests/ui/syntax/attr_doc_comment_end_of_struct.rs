#[derive(Debug)]
struct Settings {
    width: u32,
    height: u32,
    /// TODO: add a title field
}

fn main() {
    let s = Settings { width: 80, height: 24 };
    println!("{:?}", s);
}
