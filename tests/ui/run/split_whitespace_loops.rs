// split_whitespace consumed by for loops and collect, from a fresh or advanced state.
fn main() {
    let texts = ["  hello  wörld\u{3000}x\u{a0}y\n\tz  ", "", "   ", "one", "a b", "\u{2028}é\u{85}ü  "];
    for t in texts.iter() {
        let v: Vec<&str> = t.split_whitespace().collect();
        println!("{:?} cap={}", v, v.capacity());
        let mut n = 0;
        for w in t.split_whitespace() { n += w.len(); if w == "x" { break; } }
        println!("{}", n);
        let mut it = t.split_whitespace();
        let first = it.next();
        let rest: Vec<&str> = it.collect();
        println!("{:?} {:?}", first, rest);
        let mut it2 = t.split_whitespace();
        let last = it2.next_back();
        for w in it2 { print!("[{}]", w); }
        println!(" {:?}", last);
    }
    let big: String = (0..50).map(|i| format!("w{} ", i)).collect();
    let v: Vec<&str> = big.split_whitespace().collect();
    println!("{} {}", v.len(), v.capacity());
}
