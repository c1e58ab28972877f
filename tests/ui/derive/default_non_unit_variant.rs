#[derive(Default)]
enum Value {
    #[default]
    Number(i32),
    Empty,
}

fn main() {
    let _ = Value::default();
}
