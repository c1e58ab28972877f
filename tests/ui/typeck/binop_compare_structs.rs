// Comparing two structs with `==` without `PartialEq`: E0369.
struct Version {
    major: u32,
    minor: u32,
}

fn main() {
    let installed = Version { major: 1, minor: 94 };
    let required = Version { major: 1, minor: 95 };
    if installed == required {
        println!("up to date");
    }
}
