#[derive(Default, Debug)]
enum Mode {
    Fast,
    Slow,
}

fn main() {
    println!("{:?}", Mode::default());
}
