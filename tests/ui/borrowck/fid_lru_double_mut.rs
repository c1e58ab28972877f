use std::collections::HashMap;
use std::fmt::Debug;
use std::hash::Hash;

struct Entry<K, V> {
    key: K,
    value: V,
    prev: Option<usize>,
    next: Option<usize>,
}

pub struct Lru<K, V> {
    cap: usize,
    map: HashMap<K, usize>,
    slots: Vec<Entry<K, V>>,
    head: Option<usize>,
    tail: Option<usize>,
    evicted: Vec<(K, V)>,
}

impl<K: Hash + Eq + Clone + Debug, V: Clone + Debug> Lru<K, V> {
    pub fn with_capacity(cap: usize) -> Self {
        assert!(cap > 0, "capacity must be positive, got {}", cap);
        Lru { cap, map: HashMap::new(), slots: Vec::with_capacity(cap), head: None, tail: None, evicted: vec![] }
    }

    fn unlink(&mut self, i: usize) {
        let (p, n) = (self.slots[i].prev, self.slots[i].next);
        match p { Some(p) => self.slots[p].next = n, None => self.head = n }
        match n { Some(n) => self.slots[n].prev = p, None => self.tail = p }
    }

    fn push_front(&mut self, i: usize) {
        self.slots[i].prev = None;
        self.slots[i].next = self.head;
        if let Some(h) = self.head { self.slots[h].prev = Some(i); }
        self.head = Some(i);
        if self.tail.is_none() { self.tail = Some(i); }
    }

    pub fn get(&mut self, k: &K) -> Option<&V> {
        let i = *self.map.get(k)?;
        self.unlink(i);
        self.push_front(i);
        Some(&self.slots[i].value)
    }

    pub fn put(&mut self, k: K, v: V) {
        if let Some(&i) = self.map.get(&k) {
            self.slots[i].value = v;
            self.unlink(i);
            self.push_front(i);
            return;
        }
        let i = if self.slots.len() < self.cap {
            self.slots.push(Entry { key: k.clone(), value: v, prev: None, next: None });
            self.slots.len() - 1
        } else {
            let t = self.tail.expect("non-empty");
            self.unlink(t);
            let old = std::mem::replace(&mut self.slots[t], Entry { key: k.clone(), value: v, prev: None, next: None });
            self.map.remove(&old.key);
            self.evicted.push((old.key, old.value));
            t
        };
        self.map.insert(k, i);
        self.push_front(i);
    }

    pub fn keys(&self) -> Vec<&K> {
        let mut out = vec![];
        let mut cur = self.head;
        while let Some(i) = cur {
            out.push(&self.slots[i].key);
            cur = self.slots[i].next;
        }
        out
    }
}

fn main() {
    let mut c: Lru<String, u32> = Lru::with_capacity(3);
    for (i, w) in "a b c a d b e a".split(' ').enumerate() {
        if c.get(&w.to_string()).is_none() {
            c.put(w.to_owned(), i as u32);
        }
        println!("{:>2} {} -> {:?}", i, w, c.keys());
    }
    println!("evicted: {:?}", c.evicted);
    c.put("a".into(), 100);
    println!("a = {:?}, z = {:?}", c.get(&"a".into()), c.get(&"z".into()));
    let mut nums: Lru<(i32, i32), Vec<u8>> = Lru::with_capacity(2);
    nums.put((1, 2), vec![1]);
    nums.put((3, 4), vec![2, 2]);
    nums.get(&(1, 2));
    nums.put((5, 6), vec![]);
    println!("{:?} {:?}", nums.keys(), nums.evicted);
    let _bad: Lru<u8, u8> = Lru::with_capacity(0);
}
