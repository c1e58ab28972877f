// A `let` pattern binds one field by value; passing the whole struct afterwards is E0382.
struct Pair {
    left: String,
    right: String,
}

fn show(p: &Pair) {
    println!("{} {}", p.left, p.right);
}

fn main() {
    let p = Pair { left: "l".to_string(), right: "r".to_string() };
    let Pair { left, .. } = p;
    println!("{left}");
    show(&p);
}
