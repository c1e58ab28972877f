// A value moved at the end of each loop iteration and re-created at the start of the next.
fn main() {
    let mut batches: Vec<Vec<u32>> = Vec::new();
    let mut current: Vec<u32>;
    for start in [0u32, 10, 20] {
        current = Vec::new();
        for k in 0..3 {
            current.push(start + k);
        }
        batches.push(current);
    }
    println!("{:?}", batches);
}
