// String building: push_str, push, format! and chars.
fn main() {
    let mut out = String::new();
    for i in 0..350_000 {
        let line = format!("{}:{};", i, i * 7 % 13);
        out.push_str(&line);
        if i % 100 == 0 {
            out.push('\n');
        }
    }
    let digits = out.chars().filter(|c| c.is_ascii_digit()).count();
    let lines = out.lines().count();
    println!("{} {} {}", out.len(), digits, lines);
}
