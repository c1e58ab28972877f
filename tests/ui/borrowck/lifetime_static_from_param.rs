// Returning a borrowed parameter as `&'static`: lifetime may not live long enough.
fn intern(s: &str) -> &'static str {
    s
}

fn main() {
    let owned = String::from("abc");
    println!("{}", intern(&owned));
}
