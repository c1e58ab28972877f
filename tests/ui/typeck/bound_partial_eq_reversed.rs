// `PartialEq<u32>` implemented for a newtype, then compared the other way round: E0277.
struct Meters(u32);

impl PartialEq<u32> for Meters {
    fn eq(&self, other: &u32) -> bool {
        self.0 == *other
    }
}

fn main() {
    let d = Meters(5);
    if d == 5 {
        println!("five meters");
    }
    if 5 == d {
        println!("still five");
    }
}
