// Every value of `Option<Option<bool>>` covered, in several shapes.
fn code(v: Option<Option<bool>>) -> u8 {
    match v {
        Some(Some(true)) => 3,
        Some(Some(false)) => 2,
        Some(None) => 1,
        None => 0,
    }
}

fn code2(v: Option<Option<bool>>) -> u8 {
    match v {
        Some(Some(b)) => b as u8 + 10,
        Some(None) | None => 9,
    }
}

fn code3(v: &Option<Option<bool>>) -> u8 {
    match v {
        Some(Some(true)) | None => 1,
        Some(_) => 2,
    }
}

fn main() {
    let all = [Some(Some(true)), Some(Some(false)), Some(None), None];
    for v in all {
        println!("{} {} {}", code(v), code2(v), code3(&v));
    }
}
