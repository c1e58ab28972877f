use std::collections::{BTreeMap, HashMap, BTreeSet, VecDeque};
use std::fmt;

#[derive(Debug, Clone, Default)]
struct Unit;
#[derive(Debug, Clone)]
struct Pair(i32, &'static str);
#[derive(Debug)]
struct Deep { name: String, tags: Vec<&'static str>, map: BTreeMap<u8, Option<Pair>>, unit: Unit, t: (i8, f32, char), e: Kind }
#[derive(Debug)]
enum Kind { A, B(u8, u8), C { x: f64 } }

struct Hex(u32);
impl fmt::Display for Hex {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if f.alternate() { write!(f, "0x")?; }
        let s = format!("{:x}", self.0);
        f.pad(&s)
    }
}
struct Money(i64);
impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else if f.sign_plus() { "+" } else { "" };
        let s = format!("{}${}.{:02}", sign, self.0.abs() / 100, self.0.abs() % 100);
        match f.width() { Some(w) => write!(f, "{:>w$}", s, w = w), None => write!(f, "{}", s) }
    }
}
struct L(Vec<i32>);
impl fmt::Debug for L {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { f.debug_list().entries(self.0.iter().map(|x| x * 10)).finish() }
}
struct S { a: i32, hidden: i32 }
impl fmt::Debug for S {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { f.debug_struct("S").field("a", &self.a).finish_non_exhaustive() }
}
struct M;
impl fmt::Debug for M {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { f.debug_map().entry(&"k", &1).entries([(2, 'x')].iter().map(|(a, b)| (a, b))).finish()?; f.debug_tuple("T").field(&()).finish()?; f.debug_set().entry(&5).finish() }
}

fn main() {
    let mut map = BTreeMap::new();
    map.insert(1, Some(Pair(-5, "a\tb")));
    map.insert(2, None);
    let d = Deep { name: "deep \"one\"".into(), tags: vec!["x", "y'z"], map, unit: Unit, t: (-1, 2.5, '\u{e9}'), e: Kind::C { x: -0.0 } };
    println!("{:?}", d);
    println!("{:#?}", d);
    println!("{:?} {:?} {:#?}", Kind::A, Kind::B(1, 2), Kind::B(3, 4));
    println!("[{:5?}] [{:<8?}] [{:^9?}]", Some(1), Pair(2, "q"), (1, 2));
    println!("[{:08.3?}] [{:+?}] [{:#x?}] [{:#?}]", 3.14159f64, 5, vec![255, 16], (1,));
    println!("[{:x?}] [{:X?}]", vec![10u8, 11], Some(255u16));
    println!("{:?} {:?}", (), ((), Unit));
    println!("{:?} {:#?}", Vec::<i32>::new(), Vec::<i32>::new());
    println!("{:#?}", HashMap::<i32, i32>::new());
    let mut hm = HashMap::new(); hm.insert("only", vec![1]);
    println!("{:?}", hm);
    println!("{:#?}", hm);
    let bs: BTreeSet<&str> = ["b", "a"].into_iter().collect();
    let vd: VecDeque<i32> = (1..4).collect();
    println!("{:?} {:?} {:#?}", bs, vd, bs);
    println!("[{:>6}] [{:<6}] [{:^6}] [{:#}] [{:#8}]", Hex(255), Hex(4096), Hex(1), Hex(10), Hex(171));
    println!("[{}] [{:+}] [{:>10}] [{:>+10}]", Money(-1234), Money(5), Money(99999), Money(7));
    println!("{:?} {:#?}", L(vec![1, 2]), L(vec![3]));
    println!("{:?} {:#?}", S { a: 1, hidden: 2 }, S { a: 3, hidden: 4 });
    let _ = S { a: 0, hidden: 0 }.hidden;
    println!("{:?}", M);
    println!("{:#?}", M);
    println!("{}", "tab\there".escape_debug());
    println!("{}", "é\n\u{1}".escape_default());
    println!("{}", 'ÿ'.escape_unicode());
    println!("{:?} {:?} {:?}", '\u{0}', "\u{200b}x\u{7}", '\u{301}');
    println!("{:?}", "e\u{301} \u{feff} \u{10ffff}");
    println!("{:b} {:x} {:o}", -5i8, -1i16, -8i32);
    println!("{:#b} {:#x}", i128::MIN, u128::MAX);
    println!("{:>+08} [{:<+8}] [{:^+9.2}]", 42, -7, 1.005);
    println!("{:.3e} {:10.2e} {:<10e}| {:e}", 123456u64, 0.000321, 5e-10f32, 1e100);
    println!("{:.0e} {:e} {:E}", 1500, 1.0e15f64, 12345678901234567890u64);
    println!("{:?} {} {:?} {}", 1e15, 1e16, 1e16, 123456789012345680000.0);
    println!("{:?} {} {:?}", 0.1 + 0.7, 1.0e-5, 1.0e-5f32);
    println!("{} {:?} {}", f32::MAX, f64::MIN_POSITIVE, 1.0f64 / 3.0);
    println!("{:.20} {:.1} {:.1} {:.1}", 0.1, 0.25, 0.35, -0.05);
    println!("{:10.3?}|{:<10?}|", -1.5f32, f64::NAN);
    println!("{:5}|{:<5}|{:^5}|{:>5}|", f64::INFINITY, -0.0, true, "ab");
    let name = "v"; let width = 6;
    println!("{name:>width$}|{0:^1$}|{2:?}|", 1.23456, 9, "xy");
    println!("{:?}", format_args!("{} {}", 1, 2).to_string());
    println!("{{}} {{{}}}", 5);
    let w = format!("{:-^30}", " centered ");
    println!("{} {}", w, w.len());
    println!("{:?}", std::array::from_fn::<u32, 5, _>(|i| (i * i) as u32));
    println!("{:?}", [1, 2, 3].map(|x| x as f32 / 2.0));
    println!("{:?}", "x".to_string() + &5.to_string() + &'c'.to_string() + &2.5.to_string());
    println!("{}", i64::MIN.to_string().len());
    println!("{:?}", [Some("a"), None]);
    println!("{:?}", ["a".to_string()].iter().map(|s| s.as_str()).collect::<Vec<&str>>());
    println!("{:?} {:?}", Box::new(5), std::rc::Rc::new(vec![()]));
    println!("{:?} {:?}", std::cell::RefCell::new(3), std::cell::Cell::new(4));
    println!("{:?} {:?}", 'a'..'c', ..=5);
    println!("{:?} {:?}", std::cmp::Ordering::Less, Some(std::cmp::Reverse(3)));
    println!("{:?}", std::time::Duration::from_millis(1500));
    println!("{:?} {:?}", std::time::Duration::from_micros(3), std::time::Duration::new(61, 5));
    println!("{:?}", "abc".as_bytes());
    println!("{:?}", b"hi\n\xff");
    println!("{:?}", String::from("x").as_str() as *const str == "x" as *const str);
}
