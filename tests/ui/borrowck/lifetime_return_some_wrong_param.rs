// An `Option` of the wrong parameter's lifetime: lifetime may not live long enough.
fn find<'a, 'b>(haystack: &'a str, needle: &'b str) -> Option<&'a str> {
    if haystack.contains(needle) { Some(needle) } else { None }
}

fn main() {
    println!("{:?}", find("abc", "b"));
}
