// `{}` of integers, bool, char and strings: the text, and the writes a `fmt::Write`
// sees (write_str / write_char), capacities of Strings written to, `Arguments::as_str`.
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

struct Fails(usize);

impl Write for Fails {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        if self.0 == 0 {
            return Err(fmt::Error);
        }
        self.0 -= 1;
        print!("[{}]", s);
        Ok(())
    }
}

fn main() {
    let s = String::from("owned");
    let st = "borrowed";
    let mut log = Log(Vec::new());
    write!(log, "a{}b{}{}{}{}{}{}", -42i32, 7u8, 'é', true, s, &&st, i128::MIN).unwrap();
    println!("{:?}", log.0);
    let mut log = Log(Vec::new());
    write!(log, "{}{}", u128::MAX, -0i64).unwrap();
    println!("{:?}", log.0);
    let r = write!(Fails(2), "x{}y{}z", -5, "w");
    println!(" -> {:?}", r);
    let r = write!(Fails(1), "{}{}", 'c', 9);
    println!(" -> {:?}", r);

    let mut out = String::new();
    for i in 0..12 {
        write!(out, "{}", -1234567890i64 + i).unwrap();
        write!(out, "{}{}", 'é', "!").unwrap();
        println!("{} {}", out.len(), out.capacity());
    }
    let mut out = String::with_capacity(3);
    write!(out, "{}", "abcdefghijklmnopqrstuvwxyz").unwrap();
    println!("{} {}", out, out.capacity());
    for x in [0i64, -1, 99, i64::MAX, i64::MIN] {
        let f = format!("<{}|{}>", x, x as u64);
        println!("{} {} {}", f, f.len(), f.capacity());
    }
    println!("{:?} {:?} {:?}", format_args!("lit").as_str(), format_args!("{}", 5).as_str(), format_args!("{}", st).as_str());
    println!("{:5}|{:<4}|{:+}|{:05}|{:^7}|{:x}|{:?}|{:>3}|{:.2}", 42, 'c', 7, -3, "mid", 255, "q\"", true, "abcdef");
    let e = 'z';
    let c = '→';
    println!("{e}{c}{}{}", '\n'.is_whitespace(), 0u8);
    let v: Vec<String> = (0..5).map(|i| format!("{}-{}", i, i * i)).collect();
    println!("{}", v.join(","));
    let mut pushed = String::new();
    for c in "aé→😀".chars().cycle().take(10) {
        pushed.push(c);
        print!("{}:{} ", pushed.len(), pushed.capacity());
    }
    println!();
}
