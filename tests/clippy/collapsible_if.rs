// collapsible_if: `if a { if b { .. } }` is `if a && b { .. }`.

fn checks(a: bool, b: bool, n: i32) {
    if a {
        if b {
            println!("ab");
        }
    }
    if n > 1 {
        if n < 10 {
            println!("small");
        }
    }
}

// Near misses: an else branch, another statement, inner else.
fn near(a: bool, b: bool) {
    if a {
        if b {
            println!("ab");
        }
    } else {
        println!("not a");
    }
    if a {
        println!("a");
        if b {
            println!("b");
        }
    }
    if a {
        if b {
            println!("ab");
        } else {
            println!("a only");
        }
    }
}

#[allow(clippy::collapsible_if)]
fn allowed(a: bool, b: bool) {
    if a {
        if b {
            println!("ab");
        }
    }
}

fn main() {
    checks(true, false, 3);
    near(true, true);
    allowed(false, true);
}
