// Moving array elements out by a runtime index inside a loop: E0508.
fn main() {
    let parts: [Vec<u8>; 2] = [vec![1], vec![2, 3]];
    let mut all = Vec::new();
    for i in 0..2 {
        let p = parts[i];
        all.extend(p);
    }
    println!("{:?}", all);
}
