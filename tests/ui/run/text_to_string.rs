// `to_string` of integers, strings, chars, bools and other Display types: the text and
// the capacity rustc's specialisations give it; `{}`, `to_string` and HashMap keys
// through `&mut` references.
use std::collections::HashMap;
use std::fmt::Write;
use std::borrow::Cow;
use std::fmt;

struct P;

impl fmt::Display for P {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "p{}", 1)
    }
}

fn main() {
    let s = String::from("hello");
    let c: Cow<str> = Cow::Borrowed("cow");
    let r = &&"refs";
    let rs = &&s;
    let ch = &&'x';
    let b = &&true;
    let i = &&&7i32;
    let bs: Box<str> = "boxed".into();
    let co: Cow<str> = Cow::Owned(String::from("owned"));
    let rco = &&co;
    let texts = [
        5u8.to_string(), 200u8.to_string(), (-5i8).to_string(), 5i8.to_string(), 127i8.to_string(),
        7u16.to_string(), (-7i16).to_string(), 7i16.to_string(),
        1u32.to_string(), (-1i32).to_string(), 1i32.to_string(),
        1u64.to_string(), (-1i64).to_string(), 1i64.to_string(), 1usize.to_string(), (-3isize).to_string(),
        1u128.to_string(), (-1i128).to_string(), i128::MIN.to_string(), u64::MAX.to_string(), i64::MIN.to_string(),
        'é'.to_string(), true.to_string(), "str".to_string(), s.to_string(), (&s).to_string(),
        c.to_string(), r.to_string(), 1.5f64.to_string(), P.to_string(), (&5i32).to_string(),
        String::new().to_string(), "".to_string(), rs.to_string(), ch.to_string(), b.to_string(),
        i.to_string(), bs.to_string(), co.to_string(), rco.to_string(),
    ];
    for t in texts {
        println!("{:?} {} {}", t, t.len(), t.capacity());
    }
    through_mut_refs();
}
fn through_mut_refs() {
    let mut owned = String::from("hello");
    let m: &mut str = owned.as_mut_str();
    let t = m.to_string();
    println!("{} {}", t, t.capacity());
    let mut x = 5i32;
    let r = &mut x;
    println!("{} {}", r, r.to_string().capacity());
    *r += 1;
    let rr = &r;
    println!("{}", rr);
    let mut s = "str";
    let ms = &mut s;
    println!("{} {}", ms, ms.to_string().capacity());
    let mut b = true;
    let mb = &mut b;
    let mut c = 'c';
    let mc = &mut c;
    let mut out = String::new();
    write!(out, "{}{}", mb, mc).unwrap();
    println!("{}", out);
    let mut keys = [1u64, 2, 3];
    let mut m: HashMap<&mut u64, &str> = HashMap::new();
    let [a, b2, _] = &mut keys;
    m.insert(a, "one");
    m.insert(b2, "two");
    println!("{:?} {}", m.get(&&mut 2u64), m.len());
}
