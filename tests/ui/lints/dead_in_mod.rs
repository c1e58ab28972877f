mod m {
    pub fn inner() {}
    pub fn used() {}
}
fn main() { m::used(); }
