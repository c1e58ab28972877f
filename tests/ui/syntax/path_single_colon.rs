use std:io::Write;

fn main() {
    let mut out = std::io::stdout();
    writeln!(out, "hello").unwrap();
}
