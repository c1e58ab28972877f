// `dyn Iterator` without specifying `Item`: E0191.
fn drain_all(it: &mut dyn Iterator) -> usize {
    let mut n = 0;
    while it.next().is_some() {
        n += 1;
    }
    n
}

fn main() {
    let mut v = vec![1, 2, 3].into_iter();
    println!("{}", drain_all(&mut v));
}
