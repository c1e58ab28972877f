// comparison_to_empty: `s == ""` is `s.is_empty()`.

fn checks(s: &str, t: String, v: &[i32]) -> [bool; 4] {
    [s == "", t != "", "" == s, v == []]
}

// Near misses.
fn near(s: &str) -> [bool; 2] {
    [s == " ", s.is_empty()]
}

#[allow(clippy::comparison_to_empty)]
fn allowed(s: &str) -> bool {
    s == ""
}

fn main() {
    println!("{:?} {:?} {}", checks("", String::new(), &[]), near("a"), allowed(""));
}
