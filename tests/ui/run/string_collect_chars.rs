// `collect::<String>()` and `String::extend` of chars (rev, filter, map, take): text and
// capacities, multi-byte chars, an existing string's capacity.
fn main() {
    let texts = ["hello", "", "é日本x", "a longer text with spaces and ümlauts", "0123456789abcdef"];
    for t in texts.iter() {
        let r: String = t.chars().rev().collect();
        let f: String = t.chars().filter(|c| c.is_alphabetic()).collect();
        let u: String = t.chars().map(|c| c.to_ascii_uppercase()).collect();
        let k: String = t.chars().take(3).collect();
        println!("{:?} {} {:?} {} {:?} {} {:?} {}", r, r.capacity(), f, f.capacity(), u, u.capacity(), k, k.capacity());
        let mut s = String::with_capacity(5);
        s.push('x');
        s.extend(t.chars().rev());
        println!("{:?} {}", s, s.capacity());
        let mut e = String::new();
        e.extend(t.chars().skip(1));
        println!("{:?} {}", e, e.capacity());
    }
}
