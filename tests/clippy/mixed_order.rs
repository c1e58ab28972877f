// Several lints in one program: early (AST) lints are reported before late ones, each
// group in source order; lints nested in one expression come outermost first.

struct P {
    x: i32,
}

fn late_first(v: &[i32]) -> bool {
    v.len() == 0
}

fn early_later(x: i32) -> P {
    P { x: x }
}

fn nested(a: i32, b: i32) -> i32 {
    let n = (a + 0).clone();
    if b >= n + 1 {
        return n;
    }
    return b * -1;
}

fn shifts(x: i32) -> i32 {
    1 << x + 1
}

fn main() {
    println!("{} {} {} {}", late_first(&[]), early_later(1).x, nested(1, 2), shifts(3));
}
