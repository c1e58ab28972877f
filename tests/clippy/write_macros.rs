// write_with_newline, writeln_empty_string, write_literal: `print_*`'s rules for `write!`.

use std::fmt::Write;

fn checks(out: &mut String, n: i32) -> std::fmt::Result {
    write!(out, "n = {}\n", n)?;
    writeln!(out, "")?;
    writeln!(out, "{} {}", n, "lit")?;
    Ok(())
}

// Near misses.
fn near(out: &mut String) -> std::fmt::Result {
    writeln!(out)?;
    write!(out, "a\n\n")?;
    Ok(())
}

fn main() {
    let mut s = String::new();
    checks(&mut s, 1).unwrap();
    near(&mut s).unwrap();
    print!("{s}");
}
