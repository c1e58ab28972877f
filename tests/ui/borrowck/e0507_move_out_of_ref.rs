// Moving a String out of a `&String` by dereferencing: E0507.
fn take_name(name: &String) -> String {
    *name
}

fn main() {
    let n = String::from("kay");
    println!("{}", take_name(&n));
}
