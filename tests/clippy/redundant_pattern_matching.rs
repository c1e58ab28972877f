// redundant_pattern_matching: `if let Some(_) = x` is `if x.is_some()`.

fn checks(o: Option<i32>, r: Result<i32, String>) {
    if let Some(_) = o {
        println!("some");
    }
    if let None = o {
        println!("none");
    }
    if let Ok(_) = r {
        println!("ok");
    }
    if let Err(_) = r {
        println!("err");
    }
}

// Near misses: a binding is used, a nested pattern.
fn near(o: Option<i32>) {
    if let Some(v) = o {
        println!("{}", v);
    }
    if let Some(1) = o {
        println!("one");
    }
}

#[allow(clippy::redundant_pattern_matching)]
fn allowed(o: Option<i32>) {
    if let Some(_) = o {
        println!("some");
    }
}

fn main() {
    checks(Some(1), Ok(2));
    near(None);
    allowed(Some(3));
}
