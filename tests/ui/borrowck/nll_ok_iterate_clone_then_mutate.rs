// Iterating over a clone (or indices) while mutating the original.
fn main() {
    let mut v = vec![1, 2, 3];
    for x in v.clone() {
        v.push(x * 10);
    }
    for i in 0..v.len() {
        if v[i] % 2 == 0 {
            v[i] += 1;
        }
    }
    println!("{:?}", v);
}
