#[derive(Debug)]
struct Counter {
    hits: u32,
    label: String,
}

impl Counter {
    fn bump(&self) {
        self.hits += 1;
    }

    fn label_ref(&self) -> &String {
        &self.label
    }

    fn reset(&mut self) {
        self.hits = 0;
    }
}

fn biggest<'a>(v: &'a Vec<String>) -> &'a String {
    let local = String::from("zzz");
    if v.is_empty() {
        return &local;
    }
    &v[0]
}

fn edit(c: &Counter) {
    c.label = String::from("edited");
}

fn main() {
    let mut c = Counter { hits: 0, label: "c".into() };
    let l = c.label_ref();
    c.reset();
    println!("{}", l);

    let count = 0;
    for _ in 0..3 {
        count = count + 1;
    }

    let mut s = String::from("x");
    let r = &s;
    s = String::from("y");
    println!("{}", r);

    let v = vec![String::from("a")];
    let first = &v[0];
    let moved = v;
    println!("{} {:?}", first, moved);

    let iter = vec![1, 2, 3].iter();
    println!("{:?}", iter.count());

    let mut total = 0;
    let mut add = |x: i32| total += x;
    let mut sub = |x: i32| total -= x;
    add(1);
    sub(1);

    {
        let inner = 5;
    }
    println!("{}", inner);
    println!("{} {}", biggest(&vec![]), { edit(&c); c.hits });
}
