fn pad(s: &str, width: usize) -> String {
    let mut out = String::from(s);
    while out.len() < width {
        out.push('');
    }
    out
}

fn main() {
    println!("[{}]", pad("ab", 5));
}
