#[derive(Debug, Clone)]
fn compute() -> u32 {
    7
}

fn main() {
    println!("{}", compute());
}
