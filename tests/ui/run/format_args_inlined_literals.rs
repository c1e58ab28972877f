// rustc writes `{}` arguments that are string or integer literals into the template:
// the panic payload is then a `&str`, and `Arguments::as_str` sees the whole text.
use std::thread;

fn main() {
    let e = thread::spawn(|| panic!("boom {} and {}", 7, "x")).join().unwrap_err();
    println!("{:?} {:?}", e.downcast_ref::<&str>(), e.downcast_ref::<String>());
    let n = 7;
    let e = thread::spawn(move || panic!("boom {}", n)).join().unwrap_err();
    println!("{:?} {:?}", e.downcast_ref::<&str>(), e.downcast_ref::<String>());
    println!("{:?}", format_args!("a{}b{}", 1u8, "two").as_str());
    println!("{:?}", format_args!("a{}b", 300u16 as u32).as_str());
    println!("{:?}", format_args!("{:?}", "dbg").as_str());
    println!("{:?}", format_args!("{:>5}", 3).as_str());
    println!("{:?}", format_args!("{}", 3_000_000_000u32).as_str());
    println!("{:?}", format_args!("{}", 3_000_000_000i64).as_str());
    println!("{:?}", format_args!("{}{}", -1, 'c').as_str());
    println!("{:?}", format_args!("{}", &"by ref").as_str());
    println!("{} {}", 5, "lit");
}
