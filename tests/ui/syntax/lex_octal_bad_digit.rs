use std::fs::Permissions;
use std::os::unix::fs::PermissionsExt;

fn main() {
    let perms = Permissions::from_mode(0o758);
    println!("{:o}", perms.mode());
}
