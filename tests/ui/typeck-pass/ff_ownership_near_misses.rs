// Ownership patterns that compile: taking out of `Option`s, `mem::take`, `split_at_mut`,
// shared mutation through `Rc<RefCell<_>>`, and in-place edits while iterating.
use std::cell::RefCell;
use std::collections::HashMap;
use std::mem;
use std::rc::Rc;

#[derive(Debug, Default)]
struct Queue {
    items: Vec<String>,
    current: Option<String>,
}

impl Queue {
    fn advance(&mut self) -> Option<String> {
        let prev = self.current.take();
        if !self.items.is_empty() {
            self.current = Some(self.items.remove(0));
        }
        prev
    }

    fn drain_all(&mut self) -> Vec<String> {
        mem::take(&mut self.items)
    }
}

fn main() {
    let mut q = Queue { items: vec!["a".into(), "b".into(), "c".into()], current: None };
    q.advance();
    let prev = q.advance();
    let rest = q.drain_all();

    let mut nums = [1, 2, 3, 4];
    let (left, right) = nums.split_at_mut(2);
    left[0] += right[1];
    for x in nums.iter_mut() {
        *x *= 10;
    }

    let shared = Rc::new(RefCell::new(Vec::new()));
    let handle = Rc::clone(&shared);
    handle.borrow_mut().push(7);
    shared.borrow_mut().push(8);

    let mut words: Vec<String> = vec!["keep".into(), "drop".into(), "keep2".into()];
    words.retain(|w| w.starts_with("keep"));
    let mut index: HashMap<usize, Vec<String>> = HashMap::new();
    for w in &words {
        index.entry(w.len()).or_default().push(w.clone());
    }
    let name = q.current.as_deref().unwrap_or("none");
    println!("{:?} {:?} {:?} {:?} {:?} {} {}", prev, rest, nums, shared.borrow(), words, index.len(), name);
}
