// A closure with annotated parameter types, passed where `FnMut(Self::Item)` is wanted,
// fixes the iterator's integer type before integer fallback (its kind is still unknown).
fn main() {
    let h = |j: usize| j * 2;
    let v: Vec<usize> = (0..3).map(h).collect();
    let w = vec![1, 2].into_iter().map(|x: u64| x + 1).count();
    let k = (0..4).filter(|x: &u8| *x > 1).count();
    println!("{:?} {} {}", v, w, k);
}
