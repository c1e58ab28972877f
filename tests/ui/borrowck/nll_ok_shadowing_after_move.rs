// Shadowing a moved-from binding with a new value of the same name.
fn shout(s: String) -> String {
    s.to_uppercase()
}

fn main() {
    let name = String::from("quiet");
    let name = shout(name);
    let name = format!("{name}!");
    println!("{name}");
}
