use std::cmp::Ordering;
use std::fmt::{self, Debug, Display};

#[derive(Debug)]
enum Tree<K, V> {
    Leaf,
    Node(Box<Tree<K, V>>, K, V, Box<Tree<K, V>>),
}

impl<K: Ord, V> Tree<K, V> {
    fn new() -> Self {
        Tree::Leaf
    }
    fn insert(&mut self, k: K, v: V) -> Option<V> {
        match self {
            Tree::Leaf => {
                *self = Tree::Node(Box::new(Tree::Leaf), k, v, Box::new(Tree::Leaf));
                None
            }
            Tree::Node(l, nk, nv, r) => match k.cmp(nk) {
                Ordering::Less => l.insert(k, v),
                Ordering::Greater => r.insert(k, v),
                Ordering::Equal => Some(std::mem::replace(nv, v)),
            },
        }
    }
    fn get(&self, k: &K) -> Option<&V> {
        let mut cur = self;
        while let Tree::Node(l, nk, nv, r) = cur {
            cur = match k.cmp(nk) {
                Ordering::Less => l,
                Ordering::Greater => r,
                Ordering::Equal => return Some(nv),
            };
        }
        None
    }
    fn depth(&self) -> usize {
        match self {
            Tree::Leaf => 0,
            Tree::Node(l, _, _, r) => 1 + l.depth().max(r.depth()),
        }
    }
    fn iter(&self) -> InOrder<'_, K, V> {
        let mut it = InOrder { stack: Vec::new() };
        it.push_left(self);
        it
    }
}

struct InOrder<'a, K, V> {
    stack: Vec<&'a Tree<K, V>>,
}

impl<'a, K, V> InOrder<'a, K, V> {
    fn push_left(&mut self, mut t: &'a Tree<K, V>) {
        while let Tree::Node(l, ..) = t {
            self.stack.push(t);
            t = l;
        }
    }
}

impl<'a, K, V> Iterator for InOrder<'a, K, V> {
    type Item = (&'a K, &'a V);
    fn next(&mut self) -> Option<Self::Item> {
        let node = self.stack.pop()?;
        if let Tree::Node(_, k, v, r) = node {
            self.push_left(r);
            Some((k, v))
        } else {
            unreachable!()
        }
    }
}

impl<K: Display + Ord, V: Debug> Display for Tree<K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{{")?;
        for (i, (k, v)) in self.iter().enumerate() {
            if i > 0 {
                write!(f, ", ")?;
            }
            write!(f, "{}: {:?}", k, v)?;
        }
        write!(f, "}}")
    }
}

trait Summary {
    type Out;
    fn summarize(&self) -> Self::Out;
}

impl<K: Ord + Clone, V: Clone + std::ops::Add<Output = V> + Default> Summary for Tree<K, V> {
    type Out = (Option<K>, V);
    fn summarize(&self) -> (Option<K>, V) {
        let total = self.iter().fold(V::default(), |acc, (_, v)| acc + v.clone());
        (self.iter().map(|(k, _)| k.clone()).last(), total)
    }
}

fn describe<T>(t: &T) -> String
where
    T: Summary,
    T::Out: Debug,
{
    format!("summary: {:?}", t.summarize())
}

fn main() {
    let mut t = Tree::new();
    for (i, w) in ["m", "c", "x", "a", "e", "z", "m", "b"].iter().enumerate() {
        if let Some(old) = t.insert(w.to_string(), i) {
            println!("replaced {} (was {})", w, old);
        }
    }
    println!("{}", t);
    println!("depth {} get(e)={:?} get(q)={:?}", t.depth(), t.get(&"e".to_string()), t.get(&"q".into()));
    println!("{}", describe(&t));
    let mut nums: Tree<i64, f64> = Tree::new();
    for k in [5, 3, 8, 1, 4, 7, 9, 2, 6] {
        nums.insert(k, k as f64 / 2.0);
    }
    println!("{}", nums);
    println!("{}", describe(&nums));
    let evens: Vec<_> = nums.iter().filter(|(k, _)| *k % 2 == 0).map(|(k, v)| format!("{}={:.1}", k, v)).collect();
    println!("{:?}", evens);
    let small: Tree<u8, ()> = Tree::Node(Box::new(Tree::Leaf), 1, (), Box::new(Tree::Leaf));
    println!("{:?}", small);
}
