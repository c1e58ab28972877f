let MAX_USERS: usize = 10;

fn main() {
    let users = vec!["a", "b"];
    println!("{}", users.len() < 10);
}
