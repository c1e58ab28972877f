// After one element or arm fails to coerce, rustc checks no later one against the
// merged type (it is the error type): one E0308 per array / match.
fn take(v: &Vec<i32>) -> usize {
    v.len()
}

fn main() {
    let a: [i32; 3] = [0.5, 1.5, 2.5];
    take(&vec![0.5, 1.5]);
    let b = [1, 2.5, 3.5];
    let d: i32 = match a.len() {
        0 => 0.5,
        1 => 1.5,
        _ => 2.5,
    };
}
