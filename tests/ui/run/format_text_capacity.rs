// format! capacities for text-only arguments (one piece, literals, negative numbers, padding).
fn show(s: &String) { println!("{:?} len={} cap={}", s, s.len(), s.capacity()); }
fn main() {
    let n = -42i32; let u = 7u8; let c = 'é'; let st = "héllo"; let owned = String::from("ab");
    show(&format!(""));
    show(&format!("lit"));
    show(&format!("a much longer literal text here"));
    show(&format!("{}", n));
    show(&format!("{}", u));
    show(&format!("{}{}", n, c));
    show(&format!("x{}y", st));
    show(&format!("{}:{};", 12345, -3));
    show(&format!("{} is {} and {}", owned, true, c));
    show(&format!("{:>6}|{:<4}|{:^5}", n, st, c));
    show(&format!("a long prefix of twenty {} chars and more {}", 1, -2));
    show(&format!("{}", i64::MIN));
    show(&format!("{{}}{}", 5));
    for i in 0..3 { show(&format!("word{} ", i * 1000)); }
    // A padded piece before a placeholder that needs its trait, and the reverse.
    show(&format!("{:>3} {:?}", 5, vec![1, 2]));
    show(&format!("{:?} {:<4}|", Some(1), "ab"));
    show(&format!("{:^7}{:?}{}", 'x', (1, "a"), 2.5));
}
