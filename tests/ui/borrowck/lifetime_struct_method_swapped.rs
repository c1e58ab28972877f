// A struct method returning data with the struct's lifetime from a shorter borrow: lifetime may not live long enough.
struct Reader<'a> {
    buf: &'a [u8],
}

impl<'a> Reader<'a> {
    fn rest<'b>(&'b self, other: &'b [u8]) -> &'a [u8] {
        if self.buf.is_empty() { other } else { self.buf }
    }
}

fn main() {
    let data = [1u8, 2];
    let r = Reader { buf: &data };
    println!("{:?}", r.rest(&[3]));
}
