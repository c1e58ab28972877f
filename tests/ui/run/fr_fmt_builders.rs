use std::fmt::{self, Write as FmtWrite};

struct Money { cents: i64 }

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let sign = if self.cents < 0 { "-" } else if f.sign_plus() { "+" } else { "" };
        let s = format!("{}${}.{:02}", sign, self.cents.abs() / 100, self.cents.abs() % 100);
        f.pad(&s)
    }
}

struct Hex(u32);
impl fmt::Display for Hex {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if f.alternate() {
            write!(f, "0x{:08X}", self.0)
        } else {
            write!(f, "{:x}", self.0)
        }
    }
}

struct Precise(f64);
impl fmt::Display for Precise {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match (f.width(), f.precision()) {
            (Some(w), Some(p)) => write!(f, "w{}p{}:{:.*}", w, p, p, self.0),
            (None, Some(p)) => write!(f, "p{}:{:.*}", p, p, self.0),
            (Some(w), None) => write!(f, "w{}:{}", w, self.0),
            (None, None) => write!(f, "{}", self.0),
        }
    }
}

struct Secret { user: String, key: String, attempts: u8 }
impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Secret").field("user", &self.user).field("attempts", &self.attempts).finish_non_exhaustive()
    }
}

struct Poly(Vec<i32>);
impl fmt::Debug for Poly {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.0.iter().filter(|&&c| c != 0)).finish()
    }
}

struct Registry(Vec<(&'static str, u32)>);
impl fmt::Debug for Registry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.0.iter().map(|(k, v)| (k, v))).finish()
    }
}

struct Pt(i32, i32);
impl fmt::Debug for Pt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Pt").field(&self.0).field(&self.1).finish()
    }
}

struct Tags(Vec<&'static str>);
impl fmt::Debug for Tags {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(&self.0).finish()
    }
}

fn table(rows: &[(&str, f64, i32)]) -> Result<String, fmt::Error> {
    let mut out = String::new();
    writeln!(out, "{:<10}|{:>9}|{:^7}|", "name", "price", "qty")?;
    writeln!(out, "{:-<10}+{:->9}+{:-^7}+", "", "", "")?;
    for (n, p, q) in rows {
        writeln!(out, "{:<10}|{:>9.2}|{:^7}|", n, p, q)?;
    }
    write!(&mut out, "{} rows", rows.len())?;
    Ok(out)
}

fn main() {
    let m = Money { cents: 123456 };
    let n = Money { cents: -705 };
    println!("[{}] [{:>12}] [{:<12}] [{:^12}] [{:+}] [{:*^14}]", m, m, n, m, m, n);
    println!("{} {:#} {:>10}|", Hex(48879), Hex(48879), Hex(255));
    println!("{} | {:.3} | {:8} | {:8.2}", Precise(2.0 / 3.0), Precise(2.0 / 3.0), Precise(1.5), Precise(1.5));
    let s = Secret { user: "root".into(), key: "hunter2".into(), attempts: 3 };
    println!("{:?}", s);
    println!("{:#?}", s);
    println!("key len {}", s.key.len());
    println!("{:?} {:#?}", Poly(vec![1, 0, -2, 0, 5]), Poly(vec![0]));
    println!("{:?}", Registry(vec![("a", 1), ("b", 22)]));
    println!("{:#?}", Registry(vec![("k", 7)]));
    println!("{:?} {:#?}", Pt(1, -2), Pt(3, 4));
    println!("{:?}", Tags(vec!["x", "y"]));
    println!("{}", table(&[("widget", 3.5, 10), ("gizmo-long", 1234.567, 2), ("é", 0.0, -1)]).unwrap());
    let mut buf = String::new();
    for i in 0..3 {
        write!(buf, "{}-", i).unwrap();
    }
    buf.write_str("end").unwrap();
    buf.write_char('!').unwrap();
    println!("{}", buf);
    let args = format!("{0} {1} {0} {name}", "a", "b", name = "n");
    println!("{}", args);
    println!("{:>5}|{:<5}|{:^5}|", "日本", "ñ", "ü");
    println!("{:.3}|{:5.2}|{:>8.3}|", "abcdef", "xyz", "truncate");
    println!("{}", format_args!("{} + {} = {}", 1, 2, 1 + 2));
    println!("{}", concat!("a", 1, 2.5, true, 'c'));
    println!("{}", stringify!(x + y * (z - 1)));
    println!("{:?}", (line!(), column!() > 0, module_path!()));
    let w = 12;
    println!("{:>w$}|{:<w$?}|", "right", Some(1));
    println!("{:#06x} {:#o} {:08b} {:+05} {:<+5}|", 255, 8, 13u8, 42, 7);
    println!("{:e} {:E} {:e}", 1234567u64, 0.00042f32, 100i32);
    println!("{{literal}} {}%", 50);
    println!("{:?} {:?}", i8::MIN, char::from_u32(u16::MAX as u32 - 2));
    println!("{}", std::char::from_u32(0x1F980).map(|c| c.len_utf8()).unwrap_or(0));
}
