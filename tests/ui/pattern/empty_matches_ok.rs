// Empty matches where they are allowed: on `!`, on an empty enum read through a pointer
// of unknown validity, and through a never-returning call.
enum Void {}

fn never() -> ! {
    panic!("never returns")
}

fn from_void(v: Void) -> u32 {
    match v {}
}

fn from_ref(v: &Void) -> u32 {
    match *v {}
}

fn main() {
    let _ = (from_void, from_ref);
    if false {
        let n: u32 = match never() {};
        println!("{n}");
    }
    println!("done");
}
