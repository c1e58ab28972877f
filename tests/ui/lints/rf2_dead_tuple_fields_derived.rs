// A tuple struct's unread trailing fields: the help comes before the derived-impls note.
#[derive(Debug, Clone)]
struct Pair(i32, &'static str);

#[derive(Debug)]
struct Wrapper(u8);

fn main() {
    let p = Pair(1, "a");
    let w = Wrapper(2);
    println!("{:?} {:?}", p.clone(), w);
}
