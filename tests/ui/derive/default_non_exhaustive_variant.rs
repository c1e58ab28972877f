#[derive(Default)]
enum Value {
    #[default]
    #[non_exhaustive]
    Zero,
    One,
}

fn main() {
    let _ = Value::default();
}
