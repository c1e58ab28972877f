pub use num_base::Counter;
use num_base::Double;

pub fn shout(s: &str) -> String {
    format!("{}!", s.to_uppercase())
}

pub fn quadruple(n: i64) -> i64 {
    n.double().double()
}

pub struct Words<'a> {
    rest: &'a str,
}

pub fn words(s: &str) -> Words<'_> {
    Words { rest: s }
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let s = self.rest.trim_start();
        if s.is_empty() {
            return None;
        }
        let end = s.find(' ').unwrap_or(s.len());
        self.rest = &s[end..];
        Some(&s[..end])
    }
}

#[macro_export]
macro_rules! shout_all {
    ($($s:expr),*) => {
        vec![$($crate::shout($s)),*]
    };
}
