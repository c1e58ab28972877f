// `split(char)` and `bytes()` consumed by loops, `collect`, `map`, `count`, `filter`, from a
// fresh state and after `next`/`next_back`; empty pieces, multi-byte separators.
fn main() {
    let texts = ["a,b,,c,", "", ",", "no commas", ",lead", "é,ü,日本,", "x,,y"];
    for t in texts.iter() {
        let v: Vec<&str> = t.split(',').collect();
        println!("{:?} {}", v, v.capacity());
        let trimmed: Vec<String> = t.split(',').map(|p| p.trim().to_uppercase()).collect();
        println!("{:?} {}", trimmed, t.split(',').count());
        let mut it = t.split(',');
        let first = it.next();
        let last = it.next_back();
        let mid: Vec<&str> = it.collect();
        println!("{:?} {:?} {:?}", first, last, mid);
        for (i, p) in t.split('ü').enumerate() { print!("{}:{} ", i, p); }
        println!();
        let ups = t.bytes().filter(|b| b.is_ascii_lowercase()).count();
        let sum: u32 = t.bytes().map(|b| b as u32).sum();
        let mut bi = t.bytes();
        bi.next();
        let rest: Vec<u8> = bi.collect();
        println!("{} {} {:?}", ups, sum, rest);
    }
}
