// A closure holding a mutable capture while the variable is borrowed mutably again: E0499.
fn main() {
    let mut buf = String::new();
    let mut append = |s: &str| buf.push_str(s);
    let direct = &mut buf;
    append("x");
    direct.push('y');
    println!("{buf}");
}
