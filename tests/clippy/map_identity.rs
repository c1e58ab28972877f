// map_identity: `.map(|x| x)` does nothing.

fn checks(v: Vec<i32>, o: Option<i32>) -> (Vec<i32>, Option<i32>) {
    (v.into_iter().map(|x| x).collect(), o.map(|y| y))
}

// Near misses.
fn near(v: Vec<i32>) -> Vec<i32> {
    v.into_iter().map(|x| x + 1).collect()
}

#[allow(clippy::map_identity)]
fn allowed(o: Option<i32>) -> Option<i32> {
    o.map(|x| x)
}

fn main() {
    println!("{:?} {:?} {:?}", checks(vec![1], Some(2)), near(vec![3]), allowed(None));
}
