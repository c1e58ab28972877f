// Mutating a collection while a borrow into it is alive.
fn main() {
    let mut scores = vec![10, 20, 30];
    for s in &scores {
        if *s > 15 {
            scores.push(*s / 2);
        }
    }

    let first = &scores[0];
    scores.clear();
    println!("{}", first);

    let mut words = vec![String::from("x")];
    let last = words.last_mut().unwrap();
    words.push(String::from("y"));
    last.push('!');
}
