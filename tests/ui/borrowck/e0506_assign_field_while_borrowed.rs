// Assigning to a struct field while a reference to that field is alive: E0506.
struct Player {
    score: u32,
    name: String,
}

fn main() {
    let mut p = Player { score: 1, name: String::from("p1") };
    let s = &p.score;
    p.score = 2;
    println!("{} {}", s, p.name);
}
