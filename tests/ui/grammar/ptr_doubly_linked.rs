// A doubly linked list using raw pointers, with Box for ownership.
use std::ptr;

struct Node<T> {
    value: T,
    prev: *mut Node<T>,
    next: *mut Node<T>,
}

struct DList<T> {
    head: *mut Node<T>,
    tail: *mut Node<T>,
    len: usize,
}

impl<T: std::fmt::Debug> DList<T> {
    fn new() -> Self {
        DList { head: ptr::null_mut(), tail: ptr::null_mut(), len: 0 }
    }

    fn push_back(&mut self, value: T) {
        let node = Box::into_raw(Box::new(Node { value, prev: self.tail, next: ptr::null_mut() }));
        if self.tail.is_null() {
            self.head = node;
        } else {
            unsafe { (*self.tail).next = node };
        }
        self.tail = node;
        self.len += 1;
    }

    fn push_front(&mut self, value: T) {
        let node = Box::into_raw(Box::new(Node { value, prev: ptr::null_mut(), next: self.head }));
        if self.head.is_null() {
            self.tail = node;
        } else {
            unsafe { (*self.head).prev = node };
        }
        self.head = node;
        self.len += 1;
    }

    fn pop_front(&mut self) -> Option<T> {
        if self.head.is_null() {
            return None;
        }
        let boxed = unsafe { Box::from_raw(self.head) };
        self.head = boxed.next;
        if self.head.is_null() {
            self.tail = ptr::null_mut();
        } else {
            unsafe { (*self.head).prev = ptr::null_mut() };
        }
        self.len -= 1;
        Some(boxed.value)
    }

    fn to_vec_rev(&self) -> Vec<&T> {
        let mut out = Vec::new();
        let mut cur: *const Node<T> = self.tail;
        while let Some(node) = unsafe { cur.as_ref() } {
            out.push(&node.value);
            cur = node.prev;
        }
        out
    }
}

impl<T> Drop for DList<T> {
    fn drop(&mut self) {
        let mut cur = self.head;
        let mut freed = 0;
        while !cur.is_null() {
            let b = unsafe { Box::from_raw(cur) };
            cur = b.next;
            freed += 1;
        }
        println!("freed {} nodes", freed);
    }
}

fn main() {
    let mut list = DList::new();
    for w in ["b", "c", "d"] {
        list.push_back(w.to_string());
    }
    list.push_front("a".to_string());
    println!("len {} reversed {:?}", list.len, list.to_vec_rev());
    println!("pop {:?}", list.pop_front());
    println!("pop {:?}", list.pop_front());
    list.push_back("e".to_string());
    println!("len {} reversed {:?}", list.len, list.to_vec_rev());
    let mut empty: DList<i32> = DList::new();
    println!("empty pop {:?}", empty.pop_front());
}
