// `#[allow(clippy::all)]` silences every default lint in its item; others still warn.

#[allow(clippy::all)]
fn quiet(x: i32, v: &[i32]) -> bool {
    let y = x.clone();
    if v.len() == 0 {
        return y == y;
    }
    return false;
}

fn loud(x: i32) -> i32 {
    return x.clone();
}

fn main() {
    println!("{} {}", quiet(1, &[]), loud(2));
}
