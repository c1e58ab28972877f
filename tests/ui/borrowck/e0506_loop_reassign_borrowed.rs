// Reassigning a loop accumulator while a borrow of it is stored in a Vec: E0506.
fn main() {
    let mut current = 0;
    let mut seen: Vec<&i32> = Vec::new();
    for i in 0..3 {
        seen.push(&current);
        current = i;
    }
    println!("{:?}", seen);
}
