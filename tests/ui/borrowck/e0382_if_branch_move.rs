// A value moved in one branch of an `if` is maybe-moved afterwards: E0382.
fn archive(log: Vec<String>) {
    println!("archived {} lines", log.len());
}

fn main() {
    let mut log = Vec::new();
    log.push(String::from("start"));
    if log.len() > 0 {
        archive(log);
    }
    log.push(String::from("end"));
}
