use std::sync::Mutex;

static LOG: Mutex<Vec<String>> = Mutex::new(Vec::new());

fn main() {
    let mut names = vec![String::from("a")];
    let first = &names[0];
    names.push(String::from("b"));
    LOG.lock().unwrap().push(first.clone());
}
