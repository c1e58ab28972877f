// A borrow of a local stored where the caller can see it, through a reference parameter
// (pushed into its `Vec`, assigned through it): the local must outlive the call.
struct Cache<'a> {
    items: Vec<&'a str>,
}

fn fill(c: &mut Cache<'_>) {
    let s = String::from("tmp");
    c.items.push(&s);
}

fn set<'a>(out: &mut &'a str) {
    let t = String::from("tmp");
    *out = &t;
}

fn main() {
    let mut c = Cache { items: vec![] };
    fill(&mut c);
    let mut r = "x";
    set(&mut r);
    println!("{:?} {}", c.items, r);
}
