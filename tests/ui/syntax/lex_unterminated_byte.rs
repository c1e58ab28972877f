fn is_newline(b: u8) -> bool {
    b == b'\n
}

fn main() {
    let data = b"line one\nline two";
    let count = data.iter().filter(|&&b| is_newline(b)).count();
    println!("{}", count);
}
