// split_whitespace over ASCII and Unicode whitespace, from both ends, and
// split_ascii_whitespace; trim / trim_start / trim_end, and where the empty result of an
// all-whitespace text points.
fn main() {
    let texts = [
        "",
        "   ",
        "one",
        "  lead and trail  ",
        "tabs\tand\nnew\r\nlines\x0b\x0cff",
        "uni\u{3000}code\u{a0}nbsp\u{85}nel\u{2028}ls\u{1680}ogham\u{205f}x\u{202f}y\u{2000}z",
        "not\u{200b}space\u{1c}either",
        "é à  ü",
    ];
    for t in texts {
        let fwd: Vec<&str> = t.split_whitespace().collect();
        let back: Vec<&str> = t.split_whitespace().rev().collect();
        let ascii: Vec<&str> = t.split_ascii_whitespace().collect();
        println!("{:?} -> {:?} / {:?} / {:?} ({})", t, fwd, back, ascii, t.split_whitespace().count());
    }
    let mut it = "a b  c d e".split_whitespace();
    println!("{:?} {:?} {:?} {:?} {:?} {:?}", it.next(), it.next_back(), it.next(), it.next_back(), it.next(), it.next());
    let mut it = "  x  ".split_whitespace();
    println!("{:?} {:?} {:?}", it.next_back(), it.next(), it.next_back());
    let words = "the quick  brown\tfox jumps over the lazy dog".split_whitespace();
    let lens: Vec<usize> = words.clone().map(|w| w.len()).collect();
    println!("{:?} {}", lens, words.last().unwrap());
    trims();
}
fn trims() {
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
