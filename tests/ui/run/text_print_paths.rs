// print!/println!/write! to stdout, a locked stdout, a Vec<u8> and a user io::Write:
// the bytes, and the writes a user writer sees (one per piece, as rustc's std makes them).
use std::io::{self, Write};

struct Calls(Vec<usize>);

impl Write for Calls {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.push(buf.len());
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

fn main() {
    let name = "ferric";
    let owned = String::from("owned");
    print!("no newline {} ", 1);
    print!("then {}\n", name);
    println!("{}{}{}{}", -1, 'x', true, owned);
    println!("mixed {} {:?} {:>4}|", 7u64, name, 3);
    println!();
    let mut out = io::stdout().lock();
    writeln!(out, "locked {} {}", 2, "two").unwrap();
    write!(out, "a\nb\nc{}", 'd').unwrap();
    writeln!(out).unwrap();
    drop(out);
    let mut v: Vec<u8> = Vec::new();
    write!(v, "{}-{}", 10, "ten").unwrap();
    v.extend_from_slice(b"+more");
    v.extend_from_slice(&[]);
    println!("{:?} {} {}", String::from_utf8(v.clone()).unwrap(), v.len(), v.capacity());
    let mut c = Calls(Vec::new());
    write!(c, "ab{}cd{}{}", 12, "xyz", 'é').unwrap();
    println!("{:?}", c.0);
    let mut ints: Vec<i64> = vec![1, 2];
    ints.extend_from_slice(&[3, 4, 5]);
    let mut strs: Vec<String> = vec![String::from("a")];
    strs.extend_from_slice(&[String::from("b"), String::from("c")]);
    let mut refs: Vec<&str> = Vec::with_capacity(1);
    refs.extend_from_slice(&["p", "q", "r", "s", "t"]);
    println!("{:?} {} {:?} {} {:?} {}", ints, ints.capacity(), strs, strs.capacity(), refs, refs.capacity());
    for i in 0..3 {
        eprintln!("err {}", i);
        println!("out {}", i);
    }
    io::stdout().flush().unwrap();
}
