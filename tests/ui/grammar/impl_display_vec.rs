// A trait implemented for foreign generic types with bounds and where clauses.
use std::fmt::{Debug, Display};

trait Report {
    fn report(&self) -> String;
    fn lines(&self) -> usize {
        self.report().lines().count()
    }
}

impl<T: Display> Report for Vec<T>
where
    T: PartialOrd,
{
    fn report(&self) -> String {
        let mut out = String::new();
        for (i, item) in self.iter().enumerate() {
            let marker = if i > 0 && item < &self[i - 1] { " (down)" } else { "" };
            out.push_str(&format!("{}: {}{}\n", i, item, marker));
        }
        out
    }
}

impl<K, V> Report for (K, V)
where
    K: Display,
    V: Debug,
{
    fn report(&self) -> String {
        format!("{} -> {:?}", self.0, self.1)
    }
}

impl<T: Report> Report for Option<T> {
    fn report(&self) -> String {
        match self {
            Some(inner) => format!("some:\n{}", inner.report()),
            None => "nothing".to_string(),
        }
    }
}

impl<T: Display, const N: usize> Report for [T; N] {
    fn report(&self) -> String {
        let parts: Vec<String> = self.iter().map(|x| x.to_string()).collect();
        format!("[{}; {}] {}", std::any::type_name::<T>().rsplit("::").next().unwrap(), N, parts.join("|"))
    }
}

impl Report for str {
    fn report(&self) -> String {
        self.split(',').map(|s| format!("* {}", s.trim())).collect::<Vec<_>>().join("\n")
    }
}

fn print_report<R: Report + ?Sized>(label: &str, r: &R) {
    println!("== {} ({} lines)", label, r.lines());
    println!("{}", r.report().trim_end());
}

fn main() {
    print_report("prices", &vec![3.5, 2.0, 7.25]);
    print_report("names", &vec!["bo", "al", "cy"]);
    print_report("pair", &("key", vec![1, 2]));
    print_report("maybe", &Some(vec![10, 5]));
    print_report("none", &None::<Vec<u8>>);
    print_report("array", &[1u16, 2, 3]);
    print_report("csv", "alpha, beta,gamma");
}
