#[cfg(feature = "color")]
fn paint() -> &'static str {
    "color"
}

#[cfg(not(feature = "color"))]
fn paint() -> &'static str {
    "plain"
}

fn main() {
    println!("{}", paint());
    println!("default: {}, fancy: {}", cfg!(feature = "default"), cfg!(feature = "fancy"));
    #[cfg(feature = "extra")]
    println!("helper says {}", helper::greet());
}
