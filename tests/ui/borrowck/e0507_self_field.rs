// Returning a non-Copy field by value from a `&self` method: E0507.
struct Profile {
    bio: String,
}

impl Profile {
    fn bio(&self) -> String {
        self.bio
    }
}

fn main() {
    let p = Profile { bio: String::from("rustacean") };
    println!("{}", p.bio());
}
