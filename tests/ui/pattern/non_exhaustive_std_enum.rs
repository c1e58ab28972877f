// A `#[non_exhaustive]` enum of another crate needs a wildcard arm.
use std::io::ErrorKind;

fn describe(k: ErrorKind) -> &'static str {
    match k {
        ErrorKind::NotFound => "not found",
        ErrorKind::PermissionDenied => "denied",
    }
}

fn main() {
    println!("{}", describe(ErrorKind::NotFound));
}
