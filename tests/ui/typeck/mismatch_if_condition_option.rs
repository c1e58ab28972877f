// An `Option` used as an `if` condition: E0308.
fn lookup(id: u32) -> Option<&'static str> {
    if id == 1 { Some("admin") } else { None }
}

fn main() {
    let role = lookup(1);
    if role {
        println!("found");
    }
}
