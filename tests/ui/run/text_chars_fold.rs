// Consumers of str::Chars that fold over it: count, filter, map/sum, for_each,
// collect, after a partial `next`, with multi-byte chars, and a panic midway.
fn main() {
    let s = "héllo → wörld 123 😀!";
    let mut it = s.chars();
    it.next();
    it.next_back();
    let rest: String = it.clone().collect();
    println!("{:?} {}", rest, it.clone().count());
    println!("{}", s.chars().filter(|c| c.is_alphabetic()).count());
    println!("{}", s.chars().map(|c| c as u32).sum::<u32>());
    let mut n = 0;
    s.chars().for_each(|c| if c.len_utf8() > 1 { n += 1 });
    println!("{}", n);
    println!("{}", s.chars().fold(String::new(), |mut acc, c| { acc.insert(0, c); acc }));
    println!("{:?}", s.chars().rev().take(3).collect::<Vec<_>>());
    println!("{:?}", it.fold(0usize, |a, c| a + c.len_utf8()));
    println!("{:?}", s.char_indices().filter(|(_, c)| *c == 'o').map(|(i, _)| i).collect::<Vec<_>>());
    println!("{:?}", s.chars().rev().collect::<String>());
    let mut both = "a€😀b".chars();
    println!("{:?} {:?} {:?} {:?} {:?}", both.next_back(), both.next(), both.next_back(), both.as_str(), both.next_back());
    println!("{:?} {:?}", both.next(), both.next_back());
    let lines: Vec<&str> = "a\r\nb\rc\n\r\n\n\rd\r".lines().collect();
    println!("{:?}", lines);
    let r = std::panic::catch_unwind(|| {
        "abc".chars().fold(0u8, |a, c| a + (c as u8) * 2)
    });
    println!("{}", r.is_err());
}
