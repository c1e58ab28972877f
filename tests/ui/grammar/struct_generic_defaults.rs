// Generic structs with default type parameters.
use std::fmt::Debug;
use std::marker::PhantomData;

#[derive(Debug, Clone)]
struct Wrapper<T = i32> {
    value: T,
}

impl Wrapper {
    fn answer() -> Self {
        Wrapper { value: 42 }
    }
}

impl<T: Debug> Wrapper<T> {
    fn show(&self) -> String {
        format!("Wrapper({:?})", self.value)
    }
}

#[derive(Debug)]
struct Counter<K = String, V = u32> {
    entries: Vec<(K, V)>,
}

impl<K: PartialEq + Debug, V: Copy + std::ops::AddAssign + Debug + From<u8>> Counter<K, V> {
    fn new() -> Self {
        Counter { entries: Vec::new() }
    }
    fn bump(&mut self, key: K) {
        for (k, v) in self.entries.iter_mut() {
            if *k == key {
                *v += V::from(1);
                return;
            }
        }
        self.entries.push((key, V::from(1)));
    }
}

struct Tagged<T, Tag = ()> {
    inner: T,
    _tag: PhantomData<Tag>,
}

struct Validated;

impl<T: Debug, Tag> Tagged<T, Tag> {
    fn new(inner: T) -> Self {
        Tagged { inner, _tag: PhantomData }
    }
}

impl<T: Debug> Tagged<T, Validated> {
    fn describe(&self) -> String {
        format!("validated {:?}", self.inner)
    }
}

impl<T: Debug> Tagged<T> {
    fn validate(self) -> Tagged<T, Validated> {
        Tagged::new(self.inner)
    }
}

fn main() {
    let w = Wrapper::answer();
    println!("{}", w.show());
    let s: Wrapper<&str> = Wrapper { value: "text" };
    println!("{}", s.show());
    let plain: Wrapper = Wrapper { value: -1 };
    println!("{:?}", plain.clone());

    let mut c: Counter = Counter::new();
    for w in "a b a c a b".split(' ') {
        c.bump(w.to_string());
    }
    println!("{:?}", c.entries);

    let mut wide: Counter<char, u64> = Counter::new();
    for ch in "hello".chars() {
        wide.bump(ch);
    }
    println!("{:?}", wide);

    let raw: Tagged<Vec<u8>> = Tagged::new(vec![1, 2, 3]);
    let checked = raw.validate();
    println!("{}", checked.describe());
}
