// An associated constant of another type than the trait declares (E0326).
trait Limits {
    const MAX: u32;
}

struct Small;

impl Limits for Small {
    const MAX: i64 = 10;
}

fn main() {
    println!("{}", Small::MAX);
}
