fn main() {
    let mut handlers: Vec<Box<dyn Fn() -> usize>> = Vec::new();
    for i in 0..3 {
        let label = format!("h{i}");
        handlers.push(Box::new(|| label.len()));
    }
}
