// too_many_arguments: more than 7 parameters (`self` included).

fn many(a: i32, b: i32, c: i32, d: i32, e: i32, f: i32, g: i32, h: i32) -> i32 {
    a + b + c + d + e + f + g + h
}

struct S;

impl S {
    fn method(&self, a: i32, b: i32, c: i32, d: i32, e: i32, f: i32, g: i32) -> i32 {
        a + b + c + d + e + f + g
    }

    // Near miss: seven.
    fn seven(&self, a: i32, b: i32, c: i32, d: i32, e: i32, f: i32) -> i32 {
        a + b + c + d + e + f
    }
}

#[allow(clippy::too_many_arguments)]
fn allowed(a: i32, b: i32, c: i32, d: i32, e: i32, f: i32, g: i32, h: i32) -> i32 {
    a * b * c * d * e * f * g * h
}

fn main() {
    println!(
        "{} {} {} {}",
        many(1, 2, 3, 4, 5, 6, 7, 8),
        S.method(1, 2, 3, 4, 5, 6, 7),
        S.seven(1, 2, 3, 4, 5, 6),
        allowed(1, 2, 3, 4, 5, 6, 7, 8)
    );
}
