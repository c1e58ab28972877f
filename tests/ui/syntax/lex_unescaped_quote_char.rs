fn strip_quotes(s: &str) -> &str {
    s.trim_matches(''')
}

fn main() {
    println!("{}", strip_quotes("'quoted'"));
}
