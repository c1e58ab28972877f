// Nested use trees, self imports and globs in a word-frequency report.
use std::{
    cmp::{self, Ordering, Reverse},
    collections::*,
    fmt::{self, Display, Write as _},
};

struct Report {
    counts: BTreeMap<String, usize>,
}

impl Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut rows: Vec<(&String, &usize)> = self.counts.iter().collect();
        rows.sort_by(|a, b| match b.1.cmp(a.1) {
            Ordering::Equal => a.0.cmp(b.0),
            other => other,
        });
        for (word, n) in rows.iter().take(4) {
            writeln!(f, "{:<6}{}", word, "#".repeat(**n))?;
        }
        Ok(())
    }
}

fn main() {
    let text = "the cat and the dog and the bird saw a cat";
    let mut counts = BTreeMap::new();
    for w in text.split(' ') {
        *counts.entry(w.to_string()).or_insert(0) += 1;
    }
    let report = Report { counts };
    print!("{}", report);

    let unique: BTreeSet<&str> = text.split(' ').collect();
    println!("unique words: {}", unique.len());

    let mut queue: VecDeque<u32> = (1..=4).collect();
    queue.rotate_left(1);
    queue.push_front(0);
    println!("queue: {:?}", queue);

    let mut heap = BinaryHeap::new();
    for x in [5, 1, 8, 3] {
        heap.push(Reverse(x));
    }
    let mut order = String::new();
    while let Some(Reverse(x)) = heap.pop() {
        write!(order, "{} ", x).unwrap();
    }
    println!("min-heap order: {}", order.trim_end());

    let mut set: HashSet<char> = HashSet::new();
    for c in "mississippi".chars() {
        set.insert(c);
    }
    let mut letters: Vec<char> = set.into_iter().collect();
    letters.sort();
    println!("letters: {:?}", letters);

    println!("max {} min {}", cmp::max(4, 11), cmp::min("pear", "apple"));
    let mut map: HashMap<&str, i32> = HashMap::new();
    map.insert("x", 1);
    println!("map has x: {}", map.contains_key("x"));
}
