enum A { X Y, Z }
enum B { P = }
enum C { Q(u8) R { a: u8 } }
fn main(){}
