use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;

#[derive(Debug, Default, Clone, PartialEq)]
struct Config {
    name: String,
    retries: u8,
    ratio: f32,
    tags: Vec<&'static str>,
    nested: Option<Box<Config>>,
}

#[derive(Debug)]
enum Shape {
    Unit,
    Tuple(i32, f64),
    Named { w: u16, h: u16 },
}

struct Hex(u32);

impl fmt::Display for Hex {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if let Some(w) = f.width() {
            write!(f, "{:0w$x}", self.0, w = w)
        } else if f.alternate() {
            write!(f, "{:#x}", self.0)
        } else {
            write!(f, "{:x}", self.0)
        }
    }
}

struct Prec(f64);

impl fmt::Display for Prec {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match f.precision() {
            Some(p) => write!(f, "{:.*} (p={})", p, self.0, p),
            None => write!(f, "{} (no precision)", self.0),
        }
    }
}

struct Signed(i32);
impl fmt::Display for Signed {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let s = if f.sign_plus() && self.0 >= 0 { format!("+{}", self.0) } else { self.0.to_string() };
        let fill = f.fill();
        let align = match f.align() {
            Some(fmt::Alignment::Left) => "left",
            Some(fmt::Alignment::Right) => "right",
            Some(fmt::Alignment::Center) => "center",
            None => "none",
        };
        write!(f, "{}[{:?},{}]", s, fill, align)
    }
}

fn main() {
    let inner = Config { name: "inner".into(), retries: 1, ..Default::default() };
    let c = Config { name: "outer".to_string(), retries: 3, ratio: 0.75, tags: vec!["a", "b"], nested: Some(Box::new(inner.clone())) };
    println!("{:?}", c);
    println!("{:#?}", c);
    println!("{:?}", Config::default() == Config::default());
    for s in [Shape::Unit, Shape::Tuple(-1, 2.5), Shape::Named { w: 3, h: 4 }] {
        println!("{:?} | {:#?}", s, s);
    }
    println!("[{:>12?}] [{:<8?}] [{:^10?}]", Some(1), "ab", (1, 'x'));
    println!("{:#010x} {:#06b} {:08.3} {:+.2e} {:>+9.1}", 255, 5, -3.14159, 12345.678, 2.25);
    println!("{:e} {:E} {:e}", 1234567u32, 1200i64, 0u8);
    println!("{:x} {:X} {:o}", u128::MAX, 0xdead_beef_u64, i8::MIN);
    let w = 9;
    let p = 2;
    println!("[{:w$.p$}] [{:>w$}] [{:<1$}] [{:.*}]", 3.14159, "r", 7, 3, 2.0f64 / 3.0, w = w, p = p);
    println!("[{val:^width$}] [{val:-^width$}]", val = "mid", width = 11);
    println!("{} {:6} {:#} {:#4}", Hex(48879), Hex(255), Hex(16), Hex(1));
    println!("{} | {:.3} | {:.0}", Prec(1.23456), Prec(1.23456), Prec(9.5));
    println!("{} | {:+} | {:*<5} | {:>}", Signed(4), Signed(4), Signed(-2), Signed(0));
    let mut hm = HashMap::new();
    hm.insert("only", vec![1, 2]);
    println!("{:?}", hm);
    println!("{:#?}", hm);
    let bm: BTreeMap<u8, (char, bool)> = [(2, ('b', true)), (1, ('a', false))].into_iter().collect();
    println!("{:?}", bm);
    println!("{:#?}", bm);
    let bs: BTreeSet<&str> = ["z", "a", "m"].into();
    println!("{:?} {:?}", bs, bs.iter().rev().collect::<Vec<_>>());
    println!("{:?} {:?} {:?}", (), ((),), (1,));
    println!("{:?}", [[1, 2], [3, 4]]);
    println!("{:#?}", (1, "two", [3.0]));
    println!("{:?} {:?}", 'a'..'e', ..=5);
    println!("{:?} {:?}", Some(&[1u8][..]), Ok::<_, ()>(vec![Some("x")]));
    println!("{:?}", String::from("quote\"and\\back"));
    println!("{:5}|{:<5}|{:>5}|{:^5}|", true, false, 'c', "é");
    println!("{:?} {:?} {:?}", '\n', '\u{0}', "\u{1b}[0m");
    println!("{:10.3?}|{:<10?}|", 1.0f64, 2.5f32);
    println!("{}", format_args!("{}-{}", 1, 2));
    let s = format!("{0} {1} {0} {name}", "a", "b", name = "n");
    println!("{s}");
    println!("{{literal}} {:?}", "{}");
    eprintln!("to stderr {}", 1);
    print!("no newline ");
    println!();
}
