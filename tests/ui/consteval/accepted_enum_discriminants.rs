// Explicit discriminants: expressions, negative values, a `repr` type filled to its end.
#[repr(u8)]
#[derive(Clone, Copy)]
enum Op {
    Nop = 0,
    Load = 1 << 4,
    Store,
    Halt = u8::MAX,
}

enum Signed {
    Minus = -1,
    Zero,
    Plus,
}

fn main() {
    let ops = [Op::Nop, Op::Load, Op::Store, Op::Halt];
    for op in ops {
        print!("{} ", op as u8);
    }
    println!("{} {} {}", Signed::Minus as i32, Signed::Zero as i32, Signed::Plus as i32);
}
