fn a(v: &[i32]) -> i32 {
    for x in v {
        if *x > 3 { return *x; }
        continue;
        println!("never");
    }
    let mut i = 0;
    while i < 10 {
        i += 1;
        break;
        i += 2;
    }
    let r = 'blk: {
        if i > 0 { break 'blk 1; }
        2
    };
    let c = || { return 5; 6 };
    let q: Option<i32> = None;
    let z = q.unwrap_or_else(|| todo!());
    r + c() + z
}
fn b(x: Option<i32>) -> Result<i32, String> {
    let y = x.ok_or("none".to_string())?;
    if y > 0 { unreachable!("pos") } else { return Err("neg".into()) };
    Ok(y)
}
fn c(n: i32) -> i32 {
    let v = loop {
        if n > 2 { break n; }
    };
    let w = match n { 1 => 1, _ => return 0 };
    let u: i32 = if n > 0 { panic!() } else { loop {} };
    v + w + u
}
fn d() {
    let x: i32 = { return; };
    println!("{}", x);
}
fn e(n: u32) -> u32 {
    match n {
        0 => { return 1; }
        _ => {}
    }
    let t = std::process::exit(3);
    n
}
fn f(b: bool) -> bool {
    b && return true || false
}
fn main() { a(&[1]); b(Some(1)).ok(); c(3); d(); e(2); f(true); }
