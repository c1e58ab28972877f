// while_let_on_iterator: `while let Some(x) = it.next()` is a `for` loop.

fn checks(v: Vec<i32>) -> i32 {
    let mut it = v.into_iter();
    let mut s = 0;
    while let Some(x) = it.next() {
        s += x;
    }
    s
}

// Near misses: the iterator is advanced inside the loop, another pattern.
fn near(v: Vec<i32>) -> i32 {
    let mut it = v.into_iter();
    let mut s = 0;
    while let Some(x) = it.next() {
        s += x + it.next().unwrap_or(0);
    }
    s
}

#[allow(clippy::while_let_on_iterator)]
fn allowed(v: Vec<i32>) -> i32 {
    let mut it = v.into_iter();
    let mut s = 0;
    while let Some(x) = it.next() {
        s += x;
    }
    s
}

fn main() {
    println!("{} {} {}", checks(vec![1]), near(vec![2, 3]), allowed(vec![4]));
}
