// A boxed closure that borrows a local stored beyond the local's scope: E0597.
fn main() {
    let mut actions: Vec<Box<dyn Fn() -> usize>> = Vec::new();
    {
        let name = String::from("job");
        actions.push(Box::new(|| name.len()));
    }
    println!("{}", actions.len());
}
