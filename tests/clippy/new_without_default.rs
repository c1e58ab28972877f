// new_without_default: a public `fn new() -> Self` without a `Default` impl.

pub struct Counter {
    pub n: i32,
}

impl Counter {
    pub fn new() -> Self {
        Counter { n: 0 }
    }
}

// Near misses: has Default, takes arguments, private type.
#[derive(Default)]
pub struct WithDefault {
    pub n: i32,
}

impl WithDefault {
    pub fn new() -> Self {
        WithDefault { n: 1 }
    }
}

pub struct Args {
    pub n: i32,
}

impl Args {
    pub fn new(n: i32) -> Self {
        Args { n }
    }
}

struct Private {
    n: i32,
}

impl Private {
    fn new() -> Self {
        Private { n: 2 }
    }
}

pub struct Allowed {
    pub n: i32,
}

impl Allowed {
    #[allow(clippy::new_without_default)]
    pub fn new() -> Self {
        Allowed { n: 3 }
    }
}

fn main() {
    println!(
        "{} {} {} {} {}",
        Counter::new().n,
        WithDefault::new().n,
        Args::new(1).n,
        Private::new().n,
        Allowed::new().n
    );
}
