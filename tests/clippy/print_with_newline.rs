// print_with_newline: `print!("..\n")` is `println!("..")`.

fn checks(n: i32) {
    print!("hello\n");
    print!("n = {}\n", n);
    eprint!("to stderr\n");
}

// Near misses: no newline, two newlines, newline in the middle.
fn near() {
    print!("no newline");
    print!("two\n\n");
    print!("mid\ndle ");
    println!();
}

#[allow(clippy::print_with_newline)]
fn allowed() {
    print!("allowed\n");
}

fn main() {
    checks(1);
    near();
    allowed();
}
