// chars_next_cmp: `s.chars().next() == Some(c)` is `s.starts_with(c)`.

fn checks(s: &str) -> (bool, bool) {
    (s.chars().next() == Some('a'), s.chars().next() != Some('b'))
}

// Near misses.
fn near(s: &str) -> (bool, Option<char>) {
    (s.starts_with('a'), s.chars().next())
}

#[allow(clippy::chars_next_cmp)]
fn allowed(s: &str) -> bool {
    s.chars().next() == Some('z')
}

fn main() {
    println!("{:?} {:?} {}", checks("ab"), near("b"), allowed("z"));
}
