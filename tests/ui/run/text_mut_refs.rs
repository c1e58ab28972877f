// {} , to_string and HashMap keys through `&mut` references (pointer objects for by-value
// values): the same text, capacities and lookups as rustc.
use std::collections::HashMap;
use std::fmt::Write;
fn main() {
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
