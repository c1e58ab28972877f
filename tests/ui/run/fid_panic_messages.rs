use std::cell::RefCell;
use std::collections::HashMap;

fn pick(kind: u32) {
    let v = vec![10, 20, 30];
    let s = "héllo";
    let m: HashMap<&str, i32> = HashMap::new();
    let r = RefCell::new(5);
    let none: Option<u8> = None;
    let err: Result<u8, String> = Err("boom".to_string());
    match kind {
        0 => { let i = v.len() + 2; println!("{}", v[i]); }
        1 => { println!("{:?}", &v[1..5]); }
        2 => { println!("{:?}", &v[3..1]); }
        3 => { println!("{}", &s[0..2]); }
        4 => { println!("{}", m["missing"]); }
        5 => { let _a = r.borrow_mut(); let _b = r.borrow(); }
        6 => { none.unwrap(); }
        7 => { none.expect("needed a value"); }
        8 => { err.unwrap(); }
        9 => { let d = v.len() - 3; println!("{}", 10 / d); }
        10 => { let x: i32 = i32::MIN + v.len() as i32 - 3; let y = -1; println!("{}", x / y); }
        11 => { let n: u32 = v.len() as u32; println!("{}", 1u8 << n * 3); }
        12 => { assert!(v.len() > 5, "vector too short: {}", v.len()); }
        13 => { assert_eq!(v[0] + 1, 12, "first element"); }
        14 => { assert_ne!(v[1], 20); }
        15 => { unreachable!("state {}", kind); }
        16 => { todo!(); }
        17 => { unimplemented!("feature {:?}", "x"); }
        18 => { let e: Result<(), std::num::ParseIntError> = "x1".parse::<i32>().map(|_| ()); e.expect("parse failed"); }
        19 => { let arr = [1u8; 4]; let idx = v.len() * 2; println!("{}", arr[idx]); }
        20 => { let z: i64 = v.len() as i64 - 3; println!("{}", 7 % z); }
        21 => { let mut it = v.iter(); it.next(); let w: Vec<_> = v.chunks(0).collect(); println!("{:?}", w); }
        22 => { println!("{}", u8::try_from(300i32).unwrap()); }
        23 => { let b: Box<dyn std::any::Any> = Box::new(1); panic!("{:?}", b.downcast_ref::<String>().is_none()); }
        _ => { std::panic::panic_any(42); }
    }
}

fn main() {
    let which: u32 = std::env::args().count() as u32 + 0;
    let results: Vec<String> = (0..25u32)
        .map(|k| {
            let r = std::panic::catch_unwind(|| pick(k));
            match r {
                Ok(()) => format!("{}: ok", k),
                Err(e) => {
                    let msg = if let Some(s) = e.downcast_ref::<&str>() {
                        s.to_string()
                    } else if let Some(s) = e.downcast_ref::<String>() {
                        s.clone()
                    } else {
                        "<non-string>".into()
                    };
                    format!("{}: {}", k, msg)
                }
            }
        })
        .collect();
    for r in &results {
        println!("{}", r);
    }
    pick(which + 6);
}
