// print_literal: a literal argument for a plain `{}` belongs in the format string.

fn checks(n: i32) {
    println!("{}", "lit");
    println!("{} and {}", n, "text");
    print!("{}\n", 'c');
}

// Near misses: a format spec, a non-literal.
fn near(s: &str) {
    println!("{:>5}", "pad");
    println!("{}", s);
}

#[allow(clippy::print_literal)]
fn allowed() {
    println!("{}", "allowed");
}

fn main() {
    checks(1);
    near("s");
    allowed();
}
