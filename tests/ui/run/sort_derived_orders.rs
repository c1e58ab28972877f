// `sort()` of tuples and of structs with derived orders (fields in declaration order,
// strings by bytes, nested derived structs), stable with equal keys; a user `PartialOrd`
// is still called; `sort_by(|a, b| a.cmp(b))` and comparators on derived fields.
use std::cell::Cell;
use std::cmp::Ordering;

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Inner { tag: char, n: i8 }

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Rec { name: String, inner: Inner, id: u32 }

thread_local! { static LT: Cell<u32> = Cell::new(0); }

#[derive(Debug, PartialEq, Eq)]
struct Custom(i32, &'static str);
impl PartialOrd for Custom {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> { Some(self.cmp(other)) }
}
impl Ord for Custom {
    fn cmp(&self, other: &Self) -> Ordering { LT.with(|c| c.set(c.get() + 1)); other.0.cmp(&self.0) }
}

fn main() {
    let mut t = vec![(2, "b".to_string()), (1, "z".to_string()), (2, "a".to_string()), (1, "é".to_string()), (-3, "".to_string())];
    t.sort();
    println!("{:?}", t);
    let mut u: Vec<(&str, bool, char)> = vec![("x", true, 'a'), ("x", false, 'b'), ("", true, 'z'), ("x", false, 'a')];
    u.sort_unstable();
    println!("{:?}", u);
    let mut r = vec![
        Rec { name: "bob".into(), inner: Inner { tag: 'b', n: -1 }, id: 1 },
        Rec { name: "al".into(), inner: Inner { tag: 'z', n: 5 }, id: 2 },
        Rec { name: "bob".into(), inner: Inner { tag: 'a', n: 7 }, id: 3 },
        Rec { name: "bob".into(), inner: Inner { tag: 'a', n: -7 }, id: 4 },
        Rec { name: "Bob".into(), inner: Inner { tag: 'a', n: 0 }, id: 5 },
        Rec { name: "bob".into(), inner: Inner { tag: 'a', n: 7 }, id: 0 },
    ];
    let mut r2 = r.clone();
    r.sort();
    println!("{:?}", r.iter().map(|x| x.id).collect::<Vec<_>>());
    r2.sort_by(|a, b| b.inner.cmp(&a.inner).then_with(|| a.id.cmp(&b.id)));
    println!("{:?}", r2.iter().map(|x| x.id).collect::<Vec<_>>());
    r2.sort_by(|a, b| a.cmp(b));
    println!("{:?}", r2.iter().map(|x| x.id).collect::<Vec<_>>());
    let mut c = vec![Custom(1, "a"), Custom(3, "b"), Custom(2, "c"), Custom(3, "d")];
    c.sort();
    println!("{:?} {}", c, LT.with(|x| x.get()) > 0);
}
