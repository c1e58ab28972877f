// Moving a field out of a struct that implements Drop: E0509.
struct Guard {
    label: String,
}

impl Drop for Guard {
    fn drop(&mut self) {
        println!("dropping guard");
    }
}

fn main() {
    let g = Guard { label: String::from("lock") };
    let label = g.label;
    println!("{label}");
}
