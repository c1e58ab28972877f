fn a() {};
enum E { X };
struct T(u8);;
fn main(){}
