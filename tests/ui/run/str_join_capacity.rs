// `join`/`concat` of strs, Strings and a user `Borrow<str>` type: rustc reserves the exact
// length first (each `borrow` called twice), so the capacity is the length.
// `join` and `concat` of `&str`s and `String`s: the text and rustc's exact capacity.
fn main() {
    let a = vec!["a", "bb", "ccc"];
    let s = a.join(", ");
    println!("{:?} {}", s, s.capacity());
    let c = a.concat();
    println!("{:?} {}", c, c.capacity());
    let owned: Vec<String> = (0..12).map(|i| format!("w{}", i * 37)).collect();
    let j = owned.join("-");
    println!("{:?} {}", j, j.capacity());
    let k = owned.concat();
    println!("{:?} {}", k, k.capacity());
    let empty: Vec<String> = Vec::new();
    let e = empty.join("x");
    println!("{:?} {}", e, e.capacity());
    let one = vec!["solo"];
    let o = one.join("abc");
    println!("{:?} {}", o, o.capacity());
    let uni = ["é", "日本", ""].join("·");
    println!("{:?} {}", uni, uni.capacity());
    let arr = [String::from("x"), String::from("yz")];
    println!("{:?} {:?}", arr.join("+"), arr[..1].concat());
    user::run();
}

mod user {
    use std::borrow::Borrow;
    use std::cell::Cell;
    thread_local! { pub static CALLS: Cell<u32> = Cell::new(0); }
    pub struct Name(pub String);
    impl Borrow<str> for Name {
        fn borrow(&self) -> &str {
            CALLS.with(|c| c.set(c.get() + 1));
            &self.0
        }
    }
    pub fn run() {
        let names = vec![Name("ann".into()), Name("bo".into()), Name("cy".into())];
        let j = names.join(" & ");
        let c = names.concat();
        println!("{:?} {} {:?} {} calls={}", j, j.capacity(), c, c.capacity(), CALLS.with(|c| c.get()));
    }
}
