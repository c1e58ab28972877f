// A struct literal that leaves out a field: E0063.
#[derive(Debug)]
struct Settings {
    width: u32,
    height: u32,
    fullscreen: bool,
}

fn main() {
    let s = Settings { width: 800, height: 600 };
    println!("{:?}", s);
}
