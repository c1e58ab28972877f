use std::fmt::Display;

struct Node<T> {
    val: T,
    next: Option<Box<Node<T>>>,
}

pub struct List<T> {
    head: Option<Box<Node<T>>>,
    len: usize,
}

impl<T: Display + PartialOrd + Clone> List<T> {
    fn new() -> Self { List { head: None, len: 0 } }

    fn push_front(&mut self, val: T) {
        let old = self.head.take();
        self.head = Some(Box::new(Node { val, next: old }));
        self.len += 1;
    }

    fn pop_front(&mut self) -> Option<T> {
        self.head.take().map(|n| {
            self.head = n.next;
            self.len -= 1;
            n.val
        })
    }

    fn push_back(&mut self, val: T) {
        let mut cur = &mut self.head;
        while let Some(node) = cur {
            cur = &mut node.next;
        }
        *cur = Some(Box::new(Node { val, next: None }));
        self.len += 1;
    }

    fn peek(&self) -> Option<&T> { self.head.as_ref().map(|n| &n.val) }
    fn peek_mut(&mut self) -> Option<&mut T> { self.head.as_mut().map(|n| &mut n.val) }

    fn reverse(&mut self) {
        let mut prev: Option<Box<Node<T>>> = None;
        let mut cur = self.head.take();
        while let Some(mut node) = cur {
            cur = node.next.take();
            node.next = prev;
            prev = Some(node);
        }
        self.head = prev;
    }

    fn iter(&self) -> Iter<'_, T> { Iter { next: self.head.as_deref() } }

    fn insert_sorted(&mut self, val: T) {
        let mut cur = &mut self.head;
        while cur.as_ref().map_or(false, |n| n.val < val) {
            cur = &mut cur.as_mut().unwrap().next;
        }
        let rest = cur.take();
        *cur = Some(Box::new(Node { val, next: rest }));
        self.len += 1;
    }

    fn remove_if<F: Fn(&T) -> bool>(&mut self, pred: F) -> usize {
        let mut removed = 0;
        let mut cur = &mut self.head;
        while cur.is_some() {
            if pred(&cur.as_ref().unwrap().val) {
                let next = cur.as_mut().unwrap().next.take();
                *cur = next;
                removed += 1;
            } else {
                cur = &mut cur.as_mut().unwrap().next;
            }
        }
        self.len -= removed;
        removed
    }

    fn render(&self) -> String {
        let parts: Vec<String> = self.iter().map(|v| v.to_string()).collect();
        format!("[{}] (len {})", parts.join(" -> "), self.len)
    }
}

pub struct Iter<'a, T> { next: Option<&'a Node<T>> }

impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;
    fn next(&mut self) -> Option<&'a T> {
        self.next.map(|n| {
            self.next = n.next.as_deref();
            &n.val
        })
    }
}

impl<T> Drop for List<T> {
    fn drop(&mut self) {
        let mut cur = self.head.take();
        let mut n = 0;
        while let Some(mut node) = cur {
            cur = node.next.take();
            n += 1;
        }
        println!("dropped list with {} nodes", n);
    }
}

fn main() {
    let mut l = List::new();
    for i in 1..=5 { l.push_front(i * 10); }
    l.push_back(99);
    println!("{}", l.render());
    l.reverse();
    println!("reversed {}", l.render());
    println!("peek {:?}", l.peek());
    if let Some(v) = l.peek_mut() { *v += 1; }
    println!("pop {:?} {:?}", l.pop_front(), l.pop_front());
    println!("{}", l.render());
    println!("sum {} max {:?}", l.iter().sum::<i32>(), l.iter().max());
    let removed = l.remove_if(|v| v % 20 == 0);
    println!("removed {} -> {}", removed, l.render());
    let mut s: List<String> = List::new();
    for w in ["pear", "apple", "fig", "kiwi", "banana"] { s.insert_sorted(w.to_string()); }
    println!("{}", s.render());
    let lens: Vec<usize> = s.iter().map(|w| w.len()).collect();
    println!("{:?}", lens);
    while let Some(w) = s.pop_front() {
        if w.starts_with('k') { break; }
        print!("{} ", w);
    }
    println!();
    println!("left {}", s.render());
}
