fn label(debug: bool) -> &'static str {
    if debug {
        "debug"
    } else #[allow(unreachable_code)] {
        "release"
    }
}

fn main() {
    println!("{}", label(false));
}
