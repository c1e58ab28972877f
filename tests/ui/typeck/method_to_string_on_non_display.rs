// `to_string` on a struct without `Display`: method exists but its bounds are unmet: E0599.
struct Version {
    major: u32,
    minor: u32,
}

fn main() {
    let v = Version { major: 1, minor: 95 };
    let s = v.to_string();
    println!("{s}");
}
