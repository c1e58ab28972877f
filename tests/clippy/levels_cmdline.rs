//@ flags: -A clippy::needless_return -D clippy::len_zero -W clippy::complexity -A clippy::clone_on_copy
// Command-line levels: later flags win over earlier ones; attributes win over flags.

fn ret(x: i32) -> i32 {
    return x + 1;
}

fn empty(v: &[i32]) -> bool {
    v.len() == 0
}

fn copy(x: i32) -> i32 {
    x.clone()
}

#[warn(clippy::len_zero)]
fn warned(v: &[i32]) -> bool {
    v.len() == 0
}

fn main() {
    println!("{} {} {} {}", ret(1), empty(&[]), copy(2), warned(&[]));
}
