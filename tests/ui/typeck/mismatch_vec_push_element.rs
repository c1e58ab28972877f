// Pushing a value of another type onto an inferred `Vec<i32>`: E0308.
fn main() {
    let mut scores = Vec::new();
    scores.push(10);
    scores.push(20);
    scores.push("thirty");
    println!("{:?}", scores);
}
