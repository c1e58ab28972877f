use std::collections::HashMap;
use std::fmt::Display;

#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

struct Stats<T> {
    values: Vec<T>,
}

impl<T> Stats<T> {
    fn max(&self) -> Option<&T> {
        self.values.iter().max()
    }

    fn print_all(&self) {
        for v in &self.values {
            println!("{}", v);
        }
    }
}

fn sum_all<T>(xs: &[T]) -> T {
    let mut acc = xs[0];
    for x in &xs[1..] {
        acc = acc + *x;
    }
    acc
}

fn tally<K>(keys: Vec<K>) -> HashMap<K, usize> {
    let mut m = HashMap::new();
    for k in keys {
        *m.entry(k).or_insert(0) += 1;
    }
    m
}

fn show<T: Display>(t: &T) -> String {
    t.to_string()
}

fn main() {
    let s = Stats { values: vec![Point { x: 1, y: 2 }] };
    println!("{:?}", s.max());
    let pts = vec![Point { x: 1, y: 1 }, Point { x: 2, y: 2 }];
    let counts = tally(pts);
    println!("{}", show(&Point { x: 0, y: 0 }));
    let copy = s.values[0].clone();
    if Point { x: 1, y: 2 } == copy {
        println!("same");
    }
    println!("{}", sum_all(&[1.5, 2.5]));
    let _ = counts;
}
