// Moving a value inside a loop is fine when the loop `break`s right after the move.
fn main() {
    let job = String::from("render");
    let mut done = Vec::new();
    let mut tries = 0;
    loop {
        tries += 1;
        if tries == 3 {
            done.push(job);
            break;
        }
    }
    println!("{:?} after {tries}", done);
}
