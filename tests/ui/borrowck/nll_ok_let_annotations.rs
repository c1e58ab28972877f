// `let` annotations that the signature's lifetimes satisfy.
struct Pair<'a> {
    left: &'a str,
    right: &'a str,
}

fn split<'a>(s: &'a str) -> Pair<'a> {
    let mid = s.len() / 2;
    let left: &'a str = &s[..mid];
    let right: &str = &s[mid..];
    let p: Pair<'a> = Pair { left, right };
    p
}

fn widest<'a, 'b: 'a>(a: &'a str, b: &'b str) -> &'a str {
    let longer: &'a str = if a.len() >= b.len() { a } else { b };
    longer
}

fn main() {
    let lit: &'static str = "static text";
    let p = split(lit);
    let n: usize = p.left.len();
    println!("{} {} {} {}", p.left, p.right, n, widest("ab", "abc"));
}
