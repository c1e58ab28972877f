// `{}` with a width, fill and alignment of integers, bool, char and strings: the text,
// the writes a `fmt::Write` sees (fill chars one `write_char` each), String capacities.
use std::fmt::{self, Write};

struct Log(Vec<String>);

impl Write for Log {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.0.push(format!("s{:?}", s));
        Ok(())
    }
    fn write_char(&mut self, c: char) -> fmt::Result {
        self.0.push(format!("c{:?}", c));
        Ok(())
    }
}

struct FailAfter(usize);

impl Write for FailAfter {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        if self.0 == 0 {
            return Err(fmt::Error);
        }
        self.0 -= 1;
        print!("<{}>", s);
        Ok(())
    }
}

fn main() {
    let s = String::from("ab");
    let mut log = Log(Vec::new());
    write!(log, "{:4}|{:<4}|{:^5}|{:>3}|{:*^6}|{:3}|{:2}", -7, 8u8, 'é', true, "mid", s, "long").unwrap();
    println!("{:?}", log.0);
    let mut log = Log(Vec::new());
    write!(log, "{:→>4}{:1}{:0}", 'x', -123, 5).unwrap();
    println!("{:?}", log.0);
    for n in [0, 1, 2, 3] {
        let r = write!(FailAfter(n), "{:>4}", "ab");
        println!(" {:?}", r);
    }
    println!("[{:5}] [{:<5}] [{:^5}] [{:>5}] [{:_^7}]", 42, 42, 42, -42, -1);
    println!("[{:5}] [{:<5}] [{:^5}] [{:>5}] [{:-^8}]", "ab", "ab", "ab", "ab", "añb→");
    println!("[{:3}] [{:>3}] [{:^4}] [{:6}] [{:>6}]", 'c', 'ç', '😀', true, false);
    println!("[{:width$}] [{:>1$}] [{:08}] [{:+5}] [{:#6}] [{:5.1}]", 7, 8, 9, 10, 11, "abc", width = 4);
    let mut out = String::new();
    for i in 0..6 {
        write!(out, "{:>6}|{:<3}|", i * 1000 - 2500, "é").unwrap();
        println!("{} {}", out.len(), out.capacity());
    }
    let f = format!("{:>10}", "x");
    println!("{:?} {}", f, f.capacity());
    let f = format!("{:^9}{}", 'q', 1);
    println!("{:?} {}", f, f.capacity());
}
