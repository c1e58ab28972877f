// format! of text-only arguments built at once (capacity by doubling when every write is
// short, the general path when an integer or a text piece is too long for that), and
// String::push_str/push of literals, of whole Strings and of temporaries made for the call
// (&format!(..), &n.to_string()), with non-ASCII text: contents and capacities as rustc's.
fn main() {
    let vals: [i64; 10] = [0, 7, -7, 42, -100, 1234567, -12345678, 123456789, i64::MAX, i64::MIN];
    for &v in vals.iter() {
        let small = v as i8;
        let u = v.unsigned_abs();
        let a = format!("{}", v);
        let b = format!("{}:{};", v, u);
        let c = format!("ab{}cd{}", v, small);
        let d = format!("{} is {} and {}", v, v % 3 == 0, 'é');
        let e = format!("long literal prefix here {} tail", v);
        let f = format!("ab{}", v == 0);
        println!("{} {} | {} {} | {} {} | {} {} | {} {} | {} {}", a, a.capacity(), b, b.capacity(), c, c.capacity(), d, d.capacity(), e, e.capacity(), f, f.capacity());
    }
    for st in ["", "a", "héllo", "abcdefgh", "abcdefghi", "ünïcödé wörds"] {
        let owned = st.to_string();
        let s1 = format!("{}-{}", st, owned);
        let s2 = format!("wxyz{}{}", owned, st.len());
        println!("{} {} | {} {}", s1, s1.capacity(), s2, s2.capacity());
        let mut t = String::new();
        t.push_str(&format!("{}!", st));
        t.push('é');
        t.push('\n');
        t.push_str(&st.len().to_string());
        t.push_str(&owned);
        t.push_str("€");
        t.push_str(&(-5i32).to_string());
        t.push_str(&'ß'.to_string());
        println!("{:?} {} {}", t, t.len(), t.capacity());
    }
    let mut out = String::with_capacity(3);
    for i in 0..40u32 {
        let line = format!("{}:{};", i, i * 7 % 13);
        out.push_str(&line);
        if i % 10 == 0 {
            out.push('\n');
        }
    }
    println!("{} {} {}", out.len(), out.capacity(), out.lines().count());
}
