#[derive(Default)]
enum Level {
    #[default]
    Low,
    #[default]
    High,
}

fn main() {
    let _ = Level::default();
}
