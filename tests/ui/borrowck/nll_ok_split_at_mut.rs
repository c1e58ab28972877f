// `split_at_mut` gives two disjoint `&mut` slices of one Vec.
fn main() {
    let mut v = vec![1, 2, 3, 4, 5, 6];
    let (left, right) = v.split_at_mut(3);
    for (a, b) in left.iter_mut().zip(right.iter_mut()) {
        std::mem::swap(a, b);
    }
    left[0] += right[0];
    println!("{:?}", v);
}
