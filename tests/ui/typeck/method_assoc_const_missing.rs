// An associated constant that the type does not have: E0599.
struct Limits;

impl Limits {
    const MAX_USERS: u32 = 100;
}

fn main() {
    println!("{} {}", Limits::MAX_USERS, Limits::MAX_GROUPS);
}
