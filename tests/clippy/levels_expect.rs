// `#[expect(clippy::...)]` silences the lint like `allow`.

#[expect(clippy::needless_return)]
fn ret(x: i32) -> i32 {
    return x + 1;
}

fn main() {
    println!("{}", ret(1));
}
