// A persistent singly linked list built from a recursive enum.
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
enum List<T> {
    Nil,
    Cons(T, Box<List<T>>),
}

use List::{Cons, Nil};

impl<T: Clone + fmt::Display> List<T> {
    fn new() -> Self {
        Nil
    }

    fn prepend(self, value: T) -> Self {
        Cons(value, Box::new(self))
    }

    fn len(&self) -> usize {
        match self {
            Nil => 0,
            Cons(_, tail) => 1 + tail.len(),
        }
    }

    fn head(&self) -> Option<&T> {
        match self {
            Nil => None,
            Cons(v, _) => Some(v),
        }
    }

    fn reverse(&self) -> List<T> {
        let mut out = Nil;
        let mut cur = self;
        while let Cons(v, tail) = cur {
            out = out.prepend(v.clone());
            cur = tail;
        }
        out
    }

    fn map<U, F: Fn(&T) -> U>(&self, f: F) -> List<U> {
        match self {
            Nil => List::Nil,
            Cons(v, tail) => List::Cons(f(v), Box::new(tail.map_ref(&f))),
        }
    }

    fn map_ref<U, F: Fn(&T) -> U>(&self, f: &F) -> List<U> {
        match self {
            Nil => List::Nil,
            Cons(v, tail) => List::Cons(f(v), Box::new(tail.map_ref(f))),
        }
    }
}

impl<T: fmt::Display> fmt::Display for List<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "(")?;
        let mut cur = self;
        let mut first = true;
        while let Cons(v, tail) = cur {
            if !first {
                write!(f, " ")?;
            }
            write!(f, "{}", v)?;
            first = false;
            cur = tail;
        }
        write!(f, ")")
    }
}

fn main() {
    let list = List::new().prepend(3).prepend(2).prepend(1);
    println!("list = {}", list);
    println!("len = {}, head = {:?}", list.len(), list.head());
    let rev = list.reverse();
    println!("reversed = {}", rev);
    let squares = list.map(|x| x * x);
    println!("squares = {}", squares);
    let words: List<String> = list.map(|x| format!("#{}", x));
    println!("words = {}", words);
    let empty: List<i32> = List::new();
    println!("empty = {} len {} head {:?}", empty, empty.len(), empty.head());
    println!("list == reverse(reverse): {}", list == rev.reverse());
}
