// Moving a String into a function while a reference to it is still used: E0505.
fn take(s: String) -> usize {
    s.len()
}

fn main() {
    let name = String::from("ferris");
    let r = &name;
    let n = take(name);
    println!("{r} {n}");
}
