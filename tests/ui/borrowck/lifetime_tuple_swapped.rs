// A tuple whose halves are swapped: lifetime may not live long enough, twice.
fn pair<'a, 'b>(x: &'a str, y: &'b str) -> (&'a str, &'b str) {
    (y, x)
}

fn main() {
    println!("{:?}", pair("x", "y"));
}
