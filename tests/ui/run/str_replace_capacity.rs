// `str::replace` with char and &str patterns: rustc's capacities (the ASCII byte-for-byte
// path, `len` when the pattern is no longer than the replacement, else 0, then growth),
// empty patterns and multi-byte text; `&&str` and `&String` patterns keep std's code.
fn main() {
    let cases: [(&str, &str, &str); 10] = [("apple pie", "a", "A"), ("banana", "an", "AN"), ("banana", "a", "xyz"), ("banana", "an", ""),
        ("", "a", "b"), ("aaa", "", "-"), ("héllo", "é", "e"), ("héllo", "l", "LL"), ("a,b,c", ",", ", "), ("", "", "ab")];
    for &(s, f, t) in cases.iter() {
        let r = s.replace(f, t);
        let rc = s.replace(f.chars().next().unwrap_or('#'), t);
        let rr = s.replace(&f, t);
        let owned = f.to_string();
        let ro = s.replace(&owned, t);
        println!("{:?} {} {:?} {} {:?} {:?}", r, r.capacity(), rc, rc.capacity(), rr, ro);
    }
    let long = "the cat sat on the mat with the hat ".repeat(5);
    let r = long.replace("the", "THE");
    println!("{} {}", r.len(), r.capacity());
    let r2 = long.replace('t', "TT");
    println!("{} {}", r2.len(), r2.capacity());
    let r3 = long.replace(" ", "");
    println!("{} {}", r3.len(), r3.capacity());
}
