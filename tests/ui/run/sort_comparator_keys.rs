// Comparators made of field comparisons (`cmp`, `then_with`, `then`, `reverse`,
// `partial_cmp(..).unwrap()`): stable results with ties, descending strings, tuples,
// `&str` fields, floats (NaN panics), and user `Ord` impls whose side effects must run.
use std::cell::Cell;
use std::cmp::Ordering;

#[derive(Debug, Clone, PartialEq)]
struct Rec {
    name: String,
    group: u8,
    score: i64,
    weight: f64,
    tag: char,
}

fn rec(name: &str, group: u8, score: i64, weight: f64, tag: char) -> Rec {
    Rec { name: name.to_string(), group, score, weight, tag }
}

thread_local! {
    static CALLS: Cell<u32> = Cell::new(0);
}

#[derive(Debug, PartialEq, Eq, PartialOrd)]
struct Noisy(i32);

impl Ord for Noisy {
    fn cmp(&self, other: &Self) -> Ordering {
        CALLS.with(|c| c.set(c.get() + 1));
        self.0.cmp(&other.0)
    }
}

#[derive(Debug)]
struct Holder {
    n: Noisy,
    id: u32,
}

fn names(v: &[Rec]) -> Vec<String> {
    v.iter().map(|r| format!("{}/{}/{}/{}", r.name, r.group, r.score, r.tag)).collect()
}

fn main() {
    let base = vec![
        rec("bob", 2, 10, 1.5, 'x'),
        rec("alice", 1, 10, -0.0, 'é'),
        rec("Zed", 2, -3, 0.0, 'a'),
        rec("émile", 1, 7, 2.25, 'b'),
        rec("alice", 2, 10, 1e300, 'x'),
        rec("bob", 1, -3, -7.5, 'Z'),
        rec("", 3, 0, 0.1, 'z'),
        rec("al", 1, 10, 3.0, 'x'),
    ];

    let mut v = base.clone();
    v.sort_by(|a, b| a.name.cmp(&b.name));
    println!("name asc: {:?}", names(&v));

    let mut v = base.clone();
    v.sort_by(|a, b| b.name.cmp(&a.name));
    println!("name desc: {:?}", names(&v));

    let mut v = base.clone();
    v.sort_by(|a, b| b.score.cmp(&a.score).then_with(|| a.name.cmp(&b.name)));
    println!("score desc, name: {:?}", names(&v));

    let mut v = base.clone();
    v.sort_by(|a, b| a.group.cmp(&b.group).then(b.name.cmp(&a.name)).then_with(|| a.tag.cmp(&b.tag)));
    println!("group, name desc, tag: {:?}", names(&v));

    let mut v = base.clone();
    v.sort_by(|a, b| a.group.cmp(&b.group).reverse());
    println!("group reversed (stable): {:?}", names(&v));

    let mut v = base.clone();
    v.sort_by(|a, b| a.score.cmp(&b.score).then_with(|| a.name.cmp(&b.name)).reverse());
    println!("whole chain reversed: {:?}", names(&v));

    let mut v = base.clone();
    v.sort_unstable_by(|a, b| a.tag.cmp(&b.tag).then(a.group.cmp(&b.group)).then(a.score.cmp(&b.score)).then(a.name.cmp(&b.name)));
    println!("tag (unstable): {:?}", names(&v));

    let mut v = base.clone();
    v.sort_by(|a, b| a.weight.partial_cmp(&b.weight).unwrap());
    println!("weight: {:?}", names(&v));

    let mut v = base.clone();
    v.sort_by(|a, b| b.weight.partial_cmp(&a.weight).unwrap().then_with(|| a.name.cmp(&b.name)));
    println!("weight desc: {:?}", names(&v));

    let mut pairs: Vec<(&str, usize)> = vec![("b", 2), ("a", 2), ("c", 5), ("ab", 2), ("", 5), ("a", 1)];
    pairs.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    println!("{:?}", pairs);
    pairs.sort_by(|x, y| y.0.cmp(x.0));
    println!("{:?}", pairs);

    let mut nums = vec![5, -1, 3, 3, 0, i64::MIN, i64::MAX];
    nums.sort_by(|a, b| b.cmp(a));
    println!("{:?}", nums);
    let mut words = vec!["pear".to_string(), "Apple".to_string(), "äpfel".to_string(), "apple".to_string()];
    words.sort_by(|a, b| b.cmp(a));
    println!("{:?}", words);
    let mut fl = vec![2.5, -1.0, 0.0, -0.0, 10.0, f64::INFINITY];
    fl.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!("{:?}", fl);

    let mut by_key = base.clone();
    by_key.sort_by_key(|r| r.group);
    println!("by key group: {:?}", names(&by_key));
    by_key.sort_by_key(|r| std::cmp::Reverse(r.score));
    println!("by key score desc: {:?}", names(&by_key));

    // A user `Ord` with side effects is still called.
    let mut hs: Vec<Holder> = (0..6).map(|i| Holder { n: Noisy((i * 7) % 4), id: i as u32 }).collect();
    hs.sort_by(|a, b| a.n.cmp(&b.n).then_with(|| b.id.cmp(&a.id)));
    let ids: Vec<u32> = hs.iter().map(|h| h.id).collect();
    println!("{:?} calls>0: {}", ids, CALLS.with(|c| c.get()) > 0);

    // NaN in a partial_cmp(..).unwrap() comparator panics.
    let mut bad = base.clone();
    bad.push(rec("nan", 0, 0, f64::NAN, 'n'));
    bad.sort_by(|a, b| a.weight.partial_cmp(&b.weight).unwrap());
    println!("unreachable {:?}", names(&bad));
}
