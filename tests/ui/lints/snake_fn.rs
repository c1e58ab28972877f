fn BadName() {}
fn main() { BadName(); }
