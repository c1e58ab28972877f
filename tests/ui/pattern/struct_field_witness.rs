// Braced structs: the witness names the fields that matter and hides the others in `..`.
struct Flags {
    read: bool,
    write: bool,
    exec: bool,
}

fn mode(f: Flags) -> u8 {
    match f {
        Flags { read: true, write: true, .. } => 6,
        Flags { read: false, .. } => 0,
        Flags { exec: true, .. } => 1,
    }
}

fn main() {
    println!("{}", mode(Flags { read: true, write: false, exec: true }));
}
