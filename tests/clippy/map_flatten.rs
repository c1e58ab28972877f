// map_flatten: `.map(f).flatten()` is `.flat_map(f)`.

fn checks(v: &[Vec<i32>]) -> Vec<i32> {
    v.iter().map(|x| x.iter().copied()).flatten().collect()
}

// Near misses.
fn near(v: &[Vec<i32>]) -> Vec<i32> {
    v.iter().flat_map(|x| x.iter().copied()).collect()
}

#[allow(clippy::map_flatten)]
fn allowed(v: &[Vec<i32>]) -> Vec<i32> {
    v.iter().map(|x| x.iter().copied()).flatten().collect()
}

fn main() {
    let v = vec![vec![1]];
    println!("{:?} {:?} {:?}", checks(&v), near(&v), allowed(&v));
}
