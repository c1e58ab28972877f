#[derive(PartialEq)]
struct Version {
    major: u32,
}

fn check(v: &Version, idx: u8, len: usize) -> bool {
    if *v == Version { major: 1 } {
        return true;
    }
    if idx as usize < len {
        return true;
    }
    false
}

fn main() {
    println!("{}", check(&Version { major: 2 }, 1, 3));
}
