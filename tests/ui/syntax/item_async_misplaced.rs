async struct Task {
    id: u32,
}

fn main() {
    let t = Task { id: 7 };
    println!("{}", t.id);
}
