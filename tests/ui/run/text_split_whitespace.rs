// split_whitespace over ASCII and Unicode whitespace, from both ends, and
// split_ascii_whitespace.
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
}
