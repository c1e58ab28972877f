// println_empty_string: `println!("")` is `println!()`.

fn checks() {
    println!("");
    eprintln!("");
}

// Near misses.
fn near() {
    println!();
    println!(" ");
}

#[allow(clippy::println_empty_string)]
fn allowed() {
    println!("");
}

fn main() {
    checks();
    near();
    allowed();
}
