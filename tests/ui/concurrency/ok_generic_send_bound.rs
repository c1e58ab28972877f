// A generic helper with `T: Send + 'static` bounds, called with owned, thread-safe data.
use std::collections::HashMap;
use std::sync::Arc;
use std::thread::{self, JoinHandle};

fn in_background<T, R>(value: T, f: fn(T) -> R) -> JoinHandle<R>
where
    T: Send + 'static,
    R: Send + 'static,
{
    thread::spawn(move || f(value))
}

fn count_words(text: Arc<String>) -> HashMap<String, usize> {
    let mut m = HashMap::new();
    for w in text.split_whitespace() {
        *m.entry(w.to_string()).or_insert(0) += 1;
    }
    m
}

fn main() {
    let text = Arc::new(String::from("a b a c b a"));
    let h = in_background(Arc::clone(&text), count_words);
    let mut counts: Vec<_> = h.join().unwrap().into_iter().collect();
    counts.sort();
    println!("{counts:?}");
    let lens = in_background(vec![String::from("xy"), String::from("z")], |v| v.iter().map(|s| s.len()).sum::<usize>());
    println!("{}", lens.join().unwrap());
}
