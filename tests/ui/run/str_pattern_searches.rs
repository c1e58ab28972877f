// `contains`, `starts_with`, `ends_with`, `find`, `rfind` with char, &str, &String and
// &&str patterns: empty patterns, multi-byte chars, sub-slices, no match.
fn main() {
    let hay = "héllo wörld, hello";
    let sub = &hay[1..12];
    let owned = String::from("llo");
    let pats = ["", "l", "llo", "ö", "hello", "x", "d,", "héllo wörld, hello!"];
    for s in [hay, sub, ""].iter() {
        for p in pats.iter() {
            println!("{:?} {:?}: {} {} {} {:?} {:?}", s, p, s.contains(p), s.starts_with(p), s.ends_with(p), s.find(p), s.rfind(p));
            let pp: &&str = &p;
            println!("  {} {:?}", s.contains(*pp), s.find(*pp));
        }
        for c in ['l', 'é', 'ö', 'o', 'z', 'h'].iter() {
            println!("{:?} {:?}: {} {} {} {:?} {:?}", s, c, s.contains(*c), s.starts_with(*c), s.ends_with(*c), s.find(*c), s.rfind(*c));
        }
        println!("{} {:?} {}", s.contains(&owned), s.find(&owned), s.ends_with(&owned));
        println!("{:?} {}", s.find(char::is_whitespace), s.contains(['w', 'z']));
    }
}
