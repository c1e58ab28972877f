// single_char_add_str: `s.push_str("a")` is `s.push('a')`.

fn checks(s: &mut String) {
    s.push_str("a");
    s.insert_str(0, "b");
}

// Near misses: longer strings, a char already.
fn near(s: &mut String) {
    s.push_str("ab");
    s.push('c');
}

#[allow(clippy::single_char_add_str)]
fn allowed(s: &mut String) {
    s.push_str("z");
}

fn main() {
    let mut s = String::new();
    checks(&mut s);
    near(&mut s);
    allowed(&mut s);
    println!("{}", s);
}
