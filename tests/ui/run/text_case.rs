// str::to_uppercase / to_lowercase: special casings that lengthen the text, final sigma,
// capacities, and the char-level mappings beside them.
fn main() {
    let texts = [
        "", "hello World", "straße", "ǅungla", "ﬁne ﬂow", "İstanbul", "ΟΔΟΣ ΟΔΟΣ.", "ΣΑΣ", "Σ", "aΣ b", "ŉ",
        "ᾳ ᾼ", "Ωmega ω", "mIxEd 123 !?", "ǰ", "ΐ", "ß", "ßßßßßßßßß", "\u{0}\u{7f}", "ΑΣ'Α", "🦀 crab",
    ];
    for t in texts {
        let u = t.to_uppercase();
        let l = t.to_lowercase();
        println!("{:?}: {:?} {} {} | {:?} {} {}", t, u, u.len(), u.capacity(), l, l.len(), l.capacity());
        let per_char: String = t.chars().flat_map(|c| c.to_uppercase()).collect();
        println!("  {} {:?}", per_char == u, t.chars().map(|c| c.to_lowercase().count()).collect::<Vec<_>>());
    }
    println!("{} {}", "Hello".to_ascii_uppercase(), "ÀB".to_ascii_lowercase());
}
