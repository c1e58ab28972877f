// A match arm moves a value and re-assigns it, so it is initialized after the match.
fn main() {
    let mut pending = Some(String::from("first"));
    let mut sent = Vec::new();
    for round in 0..3 {
        match pending {
            Some(msg) => {
                sent.push(msg);
                pending = None;
            }
            None => pending = Some(format!("retry{round}")),
        }
    }
    println!("{:?} {:?}", sent, pending);
}
