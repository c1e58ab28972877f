// A value moved on one path is re-assigned before its next use.
fn consume(s: String) -> usize {
    s.len()
}

fn main() {
    let mut buf = String::from("first");
    let mut total = 0;
    for i in 0..3 {
        if i % 2 == 0 {
            total += consume(buf);
            buf = format!("round{i}");
        }
        println!("{buf}");
    }
    println!("{total}");
}
