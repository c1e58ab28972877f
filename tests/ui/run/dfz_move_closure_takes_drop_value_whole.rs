// A `move` closure using a non-`Copy` field of a value whose type implements `Drop` takes
// the whole value (a field is never moved out of such a value): it is dropped with the
// closure. A `Copy` field is copied and the value stays where it was.
struct N(i32, String);

impl Drop for N {
    fn drop(&mut self) {
        println!("drop N {}", self.0);
    }
}

fn main() {
    let copied = N(1, String::from("x"));
    {
        let c = move || println!("in closure {}", copied.0);
        c();
        println!("closure about to drop");
    }
    println!("after scope");
    let whole = N(2, String::from("zz"));
    let e = move || whole.1.len();
    println!("{}", e());
    drop(e);
    println!("end");
}
