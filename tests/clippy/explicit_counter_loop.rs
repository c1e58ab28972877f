// explicit_counter_loop: a counter incremented once per iteration is `enumerate()`.

fn checks(v: &[i32]) {
    let mut i = 0;
    for x in v {
        println!("{} {}", i, x);
        i += 1;
    }
}

// Near misses: the counter is used after the loop, or bumped conditionally.
fn near(v: &[i32]) -> usize {
    let mut i = 0;
    for x in v {
        if *x > 1 {
            i += 1;
        }
    }
    let mut j = 0;
    for x in v {
        println!("{} {}", j, x);
        j += 1;
    }
    i + j
}

#[allow(clippy::explicit_counter_loop)]
fn allowed(v: &[i32]) {
    let mut i = 0;
    for x in v {
        println!("{} {}", i, x);
        i += 1;
    }
}

fn main() {
    checks(&[1]);
    println!("{}", near(&[2]));
    allowed(&[3]);
}
