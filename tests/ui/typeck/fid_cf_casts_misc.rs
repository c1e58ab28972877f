#[derive(Debug, Clone, Copy)]
enum Level {
    Low = 1,
    High = 10,
}

struct Meters(f64);

fn main() {
    let lvl = Level::High;
    let n = lvl as u8;
    let f = 3.7f64;
    let b = f as bool;
    let m = Meters(2.0);
    let raw = m as f64;
    let c = 66u32 as char;
    let s = "12";
    let parsed = s as i32;
    let neg = -5u32;
    let x = 5;
    let y = *x;
    let t = (1, 2);
    let first = t[0];
    let v = vec![1, 2, 3];
    let w: Vec<_> = v.iter().map(|x| x * 2).collect();
    let z = w.len() + 1i32;
    let empty = Vec::new();
    println!("{} {} {} {} {} {} {} {} {:?} {}", n, b, raw, c, parsed, neg, y, first, empty, z);
}
