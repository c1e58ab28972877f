// trim / trim_start / trim_end with ASCII and Unicode whitespace, and where the empty
// result of an all-whitespace text points.
fn main() {
    let texts = ["", " ", "x", "  x  ", "\t\n x y \r\n", "\u{3000}全角\u{3000}", "\u{a0}nbsp\u{85}", " \u{200b}zw\u{200b} ", "é ", " →", "\u{2029}\u{2028}"];
    for t in texts {
        println!("{:?}: {:?} {:?} {:?}", t, t.trim(), t.trim_start(), t.trim_end());
        let base = t.as_ptr() as usize;
        println!("  {} {} {}", t.trim().as_ptr() as usize - base, t.trim_start().as_ptr() as usize - base, t.trim_end().as_ptr() as usize - base);
    }
    let s = String::from("  owned string\n");
    let words: Vec<&str> = s.trim().split(' ').collect();
    println!("{:?} {}", words, s.trim_end().len());
}
