// manual_range_contains on chars.

fn checks(c: char) -> (bool, bool) {
    (c >= 'a' && c <= 'z', c >= '0' && c < '9')
}

fn main() {
    println!("{:?}", checks('a'));
}
