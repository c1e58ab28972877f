// Swapping and updating elements through indices instead of overlapping references.
fn bubble_sort(v: &mut Vec<i32>) {
    let n = v.len();
    for i in 0..n {
        for j in 0..n - 1 - i {
            if v[j] > v[j + 1] {
                v.swap(j, j + 1);
            }
        }
    }
}

fn main() {
    let mut v = vec![5, 2, 9, 1, 7];
    bubble_sort(&mut v);
    let (a, b) = (v[0], v[4]);
    v[0] = b;
    v[4] = a;
    println!("{:?}", v);
}
