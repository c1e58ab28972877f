// Hashing: DefaultHasher's values (SipHash-1-3, bit-exact), and HashMap/HashSet lookups
// with String, &str, integer, tuple, byte-vector and custom keys, across Borrow forms.
use std::borrow::Borrow;
use std::collections::hash_map::DefaultHasher;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasher, BuildHasherDefault, Hash, Hasher};
use std::rc::Rc;

fn h<T: Hash + ?Sized>(x: &T) -> u64 {
    let mut s = DefaultHasher::new();
    x.hash(&mut s);
    s.finish()
}

#[derive(Debug, Eq)]
struct Ci(String);

impl PartialEq for Ci {
    fn eq(&self, o: &Ci) -> bool {
        self.0.to_lowercase() == o.0.to_lowercase()
    }
}

impl Hash for Ci {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write(self.0.to_lowercase().as_bytes());
    }
}

#[derive(PartialEq, Eq, Hash, Debug)]
struct Name(String);

impl Borrow<str> for Name {
    fn borrow(&self) -> &str {
        &self.0
    }
}

fn sorted<K: Ord + Clone, V: Clone>(m: &HashMap<K, V>) -> Vec<(K, V)> {
    let mut v: Vec<(K, V)> = m.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    v.sort_by(|a, b| a.0.cmp(&b.0));
    v
}

fn main() {
    println!("{} {} {}", h(""), h("a"), h("hello world, longer than eight bytes"));
    println!("{} {} {} {}", h(&0u8), h(&1u64), h(&-1i32), h(&u128::MAX));
    println!("{} {} {}", h(&(1, "x")), h(&vec![1, 2, 3]), h(&[0u8; 20]));
    println!("{} {} {} {}", h(&'c'), h(&true), h(&()), h(&Some(5i32)));
    println!("{} {}", h(&String::from("abc")), h("abc"));
    let mut s = DefaultHasher::new();
    s.write(b"abc");
    s.write_u8(0xff);
    s.write_usize(3);
    s.write_i128(-2);
    s.write(&[1, 2, 3, 4, 5, 6, 7, 8, 9]);
    println!("{}", s.finish());
    #[allow(deprecated)]
    {
        let mut s24 = std::hash::SipHasher::new();
        s24.write(b"0123456789abcdefXYZ");
        let mut k24 = std::hash::SipHasher::new_with_keys(1, 2);
        "keyed".hash(&mut k24);
        println!("{} {}", s24.finish(), k24.finish());
    }
    let mut parts = DefaultHasher::new();
    for chunk in [&b"ab"[..], b"", b"cdefg", b"h", b"ijklmnopqrstuvwxy", b"z"] {
        parts.write(chunk);
    }
    let mut whole = DefaultHasher::new();
    whole.write(b"abcdefghijklmnopqrstuvwxyz");
    println!("{} {}", parts.finish(), parts.finish() == whole.finish());
    let bh: BuildHasherDefault<DefaultHasher> = BuildHasherDefault::default();
    println!("{} {}", bh.hash_one("abc"), bh.hash_one(42u32));

    let text = "the cat and the hat and the bat";
    let mut counts: HashMap<String, usize> = HashMap::new();
    for w in text.split(' ') {
        *counts.entry(w.to_string()).or_insert(0) += 1;
    }
    println!("{:?}", sorted(&counts));
    println!("{:?} {:?} {} {}", counts.get("the"), counts.get("dog"), counts.contains_key("hat"), counts.contains_key(&String::from("bat")));
    println!("{:?} {:?} {}", counts.insert("cat".to_string(), 9), counts.remove("and"), counts.len());
    let c2 = counts.clone();
    println!("{:?} {:?}", c2.get("cat"), c2.get("and"));

    let mut by_ref: HashMap<&str, i32> = HashMap::new();
    for (i, w) in text.split_whitespace().enumerate() {
        by_ref.entry(w).and_modify(|v| *v += i as i32).or_insert(i as i32);
    }
    println!("{:?} {:?}", sorted(&by_ref), by_ref.get(&"hat"));

    let mut ints: HashMap<i64, &str> = HashMap::new();
    for (k, v) in [(-1, "neg"), (0, "zero"), (i64::MAX, "max"), (i64::MIN, "min"), (-1, "again")] {
        ints.insert(k, v);
    }
    println!("{:?} {:?} {:?}", sorted(&ints), ints.get(&-1), ints.get(&1));
    let mut us: HashSet<u8> = (0..=255u8).filter(|x| x % 7 == 0).collect();
    us.retain(|x| x % 2 == 0);
    let mut uv: Vec<_> = us.iter().copied().collect();
    uv.sort();
    println!("{:?} {} {}", uv, us.contains(&14), us.contains(&7));

    let mut pairs: HashMap<(String, u8), char> = HashMap::new();
    pairs.insert(("a".to_string(), 1), 'x');
    pairs.insert(("a".to_string(), 2), 'y');
    println!("{:?} {:?}", pairs.get(&("a".to_string(), 2)), pairs.get(&("b".to_string(), 1)));

    let mut bytes: HashMap<Vec<u8>, u32> = HashMap::new();
    bytes.insert(b"key".to_vec(), 1);
    bytes.insert(vec![], 2);
    let k: &[u8] = b"key";
    println!("{:?} {:?} {:?}", bytes.get(k), bytes.get(&[][..]), bytes.get(&b"ke"[..]));

    let mut boxed: HashMap<Box<str>, i32> = HashMap::new();
    boxed.insert("b".into(), 1);
    let mut rcs: HashMap<Rc<str>, i32> = HashMap::new();
    rcs.insert(Rc::from("r"), 2);
    println!("{:?} {:?} {:?}", boxed.get("b"), rcs.get("r"), rcs.get("b"));

    let mut names: HashMap<Name, u32> = HashMap::new();
    names.insert(Name("ann".to_string()), 30);
    println!("{:?} {:?}", names.get("ann"), names.get("bob"));

    let mut ci: HashSet<Ci> = HashSet::new();
    for w in ["Hello", "HELLO", "world", "World", "x"] {
        println!("insert {} -> {}", w, ci.insert(Ci(w.to_string())));
    }
    println!("{} {}", ci.len(), ci.contains(&Ci("WORLD".to_string())));

    let mut sip: HashMap<String, i32, BuildHasherDefault<DefaultHasher>> = HashMap::default();
    sip.insert("one".to_string(), 1);
    sip.insert("two".to_string(), 2);
    let mut keys: Vec<_> = sip.keys().cloned().collect();
    keys.sort();
    println!("{:?} {:?} {:?}", keys, sip.get("two"), sip.get("three"));

    let mut chars: HashMap<char, usize> = HashMap::new();
    for c in "mississippi→→".chars() {
        *chars.entry(c).or_default() += 1;
    }
    println!("{:?}", sorted(&chars));
    let words: HashSet<&str> = text.split(' ').collect();
    let other: HashSet<&str> = ["cat", "dog", "the"].into_iter().collect();
    let mut common: Vec<_> = words.intersection(&other).collect();
    common.sort();
    println!("{:?} {}", common, words.is_subset(&other));
}
