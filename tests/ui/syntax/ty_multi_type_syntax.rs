struct Reader<'a> {
    buf: &mut 'a [u8],
}

fn header() -> [u8, 4] {
    [0x7f, b'E', b'L', b'F']
}

fn main() {
    let mut data = header();
    let r = Reader { buf: &mut data };
    println!("{:?}", r.buf);
}
