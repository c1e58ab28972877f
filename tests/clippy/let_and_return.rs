// let_and_return: `let x = e; x` at the end of a block.

fn direct(a: i32) -> i32 {
    let y = a * 2;
    y
}

fn inner_block(a: i32) -> i32 {
    let z = {
        let w = a + 1;
        w
    };
    z + 1
}

// Near misses.
fn annotated(a: i32) -> i64 {
    let y: i64 = a.into();
    y
}

fn other_name(a: i32, b: i32) -> i32 {
    let y = a * 2;
    b + y
}

fn not_last(a: i32) -> i32 {
    let y = a * 2;
    let k = 3;
    y + k
}

fn allowed(a: i32) -> i32 {
    #[allow(clippy::let_and_return)]
    let r = {
        let q = a - 1;
        q
    };
    r + 1
}

fn main() {
    println!(
        "{} {} {} {} {} {}",
        direct(1),
        inner_block(2),
        annotated(3),
        other_name(4, 5),
        not_last(6),
        allowed(7)
    );
}
