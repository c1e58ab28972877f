// Tuples of booleans covered in overlapping ways, with wildcards in different columns.
fn xor(a: bool, b: bool) -> bool {
    match (a, b) {
        (true, false) | (false, true) => true,
        (true, true) | (false, false) => false,
    }
}

fn majority(t: (bool, bool, bool)) -> bool {
    match t {
        (true, true, _) | (true, _, true) | (_, true, true) => true,
        (false, false, _) | (false, _, false) | (_, false, false) => false,
    }
}

fn main() {
    for a in [false, true] {
        for b in [false, true] {
            for c in [false, true] {
                println!("{a} {b} {c}: {} {}", xor(a, b), majority((a, b, c)));
            }
        }
    }
}
