// needless_return: a `return` in tail position, through if/else, match arms and blocks.

fn tail_stmt(x: i32) -> i32 {
    return x + 1;
}

fn tail_expr(x: i32) -> i32 {
    return x * 2
}

fn in_branches(x: i32) -> i32 {
    if x > 0 {
        return 1;
    } else {
        return 2;
    }
}

fn in_arms(o: Option<i32>) -> i32 {
    match o {
        Some(v) => return v,
        None => return 0,
    }
}

fn unit_return(v: &mut Vec<i32>) {
    v.push(1);
    return;
}

// Near misses: early returns are not in tail position.
fn early(x: i32) -> i32 {
    if x > 10 {
        return 10;
    }
    x
}

fn in_loop(v: &[i32]) -> i32 {
    for x in v {
        if *x > 2 {
            return *x;
        }
    }
    0
}

fn closure_return() -> i32 {
    let f = |x: i32| x + 1;
    f(1)
}

#[allow(clippy::needless_return)]
fn allowed(x: i32) -> i32 {
    return x;
}

fn main() {
    let mut v = Vec::new();
    unit_return(&mut v);
    println!(
        "{} {} {} {} {} {} {} {}",
        tail_stmt(1),
        tail_expr(2),
        in_branches(3),
        in_arms(Some(4)),
        early(5),
        in_loop(&v),
        closure_return(),
        allowed(6)
    );
}
