// iter_cloned_collect: `.iter().cloned().collect::<Vec<_>>()` on a slice is `.to_vec()`.

fn checks(v: &[i32], s: &[String]) -> (Vec<i32>, Vec<String>) {
    (v.iter().cloned().collect(), s.iter().cloned().collect::<Vec<_>>())
}

fn copies(v: &[i32]) -> Vec<i32> {
    v.iter().copied().collect()
}

// Near misses: into another collection, a filter in between.
fn near(v: &[i32]) -> (std::collections::HashSet<i32>, Vec<i32>) {
    (v.iter().cloned().collect(), v.iter().filter(|x| **x > 1).cloned().collect())
}

#[allow(clippy::iter_cloned_collect)]
fn allowed(v: &[i32]) -> Vec<i32> {
    v.iter().cloned().collect()
}

fn main() {
    let v = vec![1, 2];
    println!("{:?} {:?} {:?} {:?}", checks(&v, &[]), copies(&v), near(&v), allowed(&v));
}
