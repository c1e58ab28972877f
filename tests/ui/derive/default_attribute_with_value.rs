#[derive(Default)]
enum Value {
    #[default = 1]
    Zero,
    One,
}

fn main() {
    let _ = Value::default();
}
