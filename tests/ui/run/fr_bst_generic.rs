use std::cmp::Ordering;
use std::fmt::Debug;

#[derive(Debug)]
struct Node<T> {
    value: T,
    left: Option<Box<Node<T>>>,
    right: Option<Box<Node<T>>>,
}

#[derive(Debug, Default)]
struct Bst<T> {
    root: Option<Box<Node<T>>>,
    size: usize,
}

impl<T: Ord + Debug + Clone> Bst<T> {
    fn new() -> Self {
        Bst { root: None, size: 0 }
    }

    fn insert(&mut self, value: T) -> bool {
        let mut cur = &mut self.root;
        while let Some(node) = cur {
            match value.cmp(&node.value) {
                Ordering::Less => cur = &mut node.left,
                Ordering::Greater => cur = &mut node.right,
                Ordering::Equal => return false,
            }
        }
        *cur = Some(Box::new(Node { value, left: None, right: None }));
        self.size += 1;
        true
    }

    fn contains(&self, value: &T) -> bool {
        let mut cur = self.root.as_ref();
        while let Some(node) = cur {
            cur = match value.cmp(&node.value) {
                Ordering::Less => node.left.as_ref(),
                Ordering::Greater => node.right.as_ref(),
                Ordering::Equal => return true,
            };
        }
        false
    }

    fn height(node: &Option<Box<Node<T>>>) -> usize {
        match node {
            None => 0,
            Some(n) => 1 + Self::height(&n.left).max(Self::height(&n.right)),
        }
    }

    fn in_order(&self) -> Vec<T> {
        let mut out = Vec::with_capacity(self.size);
        let mut stack: Vec<&Node<T>> = Vec::new();
        let mut cur = self.root.as_deref();
        loop {
            while let Some(n) = cur {
                stack.push(n);
                cur = n.left.as_deref();
            }
            match stack.pop() {
                Some(n) => {
                    out.push(n.value.clone());
                    cur = n.right.as_deref();
                }
                None => break,
            }
        }
        out
    }

    fn min(&self) -> Option<&T> {
        let mut cur = self.root.as_ref()?;
        while let Some(l) = cur.left.as_ref() {
            cur = l;
        }
        Some(&cur.value)
    }

    fn remove_min(&mut self) -> Option<T> {
        let mut cur = &mut self.root;
        while cur.as_ref()?.left.is_some() {
            cur = &mut cur.as_mut().unwrap().left;
        }
        let node = cur.take()?;
        let Node { value, right, .. } = *node;
        *cur = right;
        self.size -= 1;
        Some(value)
    }

    fn range_count(&self, lo: &T, hi: &T) -> usize {
        fn go<T: Ord>(n: &Option<Box<Node<T>>>, lo: &T, hi: &T) -> usize {
            match n {
                None => 0,
                Some(b) => {
                    let here = (lo <= &b.value && &b.value <= hi) as usize;
                    let l = if lo < &b.value { go(&b.left, lo, hi) } else { 0 };
                    let r = if &b.value < hi { go(&b.right, lo, hi) } else { 0 };
                    here + l + r
                }
            }
        }
        go(&self.root, lo, hi)
    }
}

fn main() {
    let mut t = Bst::new();
    let vals = [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30, 50];
    let inserted: Vec<bool> = vals.iter().map(|&v| t.insert(v)).collect();
    println!("inserted: {:?}", inserted);
    println!("size={} height={}", t.size, Bst::height(&t.root));
    println!("in order: {:?}", t.in_order());
    println!("contains 45? {} contains 46? {}", t.contains(&45), t.contains(&46));
    println!("min: {:?}", t.min());
    println!("range [33, 66]: {}", t.range_count(&33, &66));
    while t.size > 6 {
        let m = t.remove_min();
        println!("removed {:?}, now {:?}", m, t.in_order());
    }
    let mut words: Bst<String> = Bst::new();
    for w in "the quick brown fox jumps over the lazy dog".split_whitespace() {
        words.insert(w.to_string());
    }
    println!("{:?}", words.in_order());
    println!("{:?}", words.min().map(|s| s.len()));
    let small: Bst<u8> = Bst { root: Some(Box::new(Node { value: 1, left: None, right: None })), size: 1 };
    println!("{:#?}", small);
    let e: Bst<i32> = Default::default();
    println!("{:?} {:?}", e.min(), e.in_order());
}
