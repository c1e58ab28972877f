// Groups and explicit levels: `clippy::style` does not reach `complexity` lints,
// `#[deny(clippy::all)]` makes errors (with the "implied by" note), an explicit
// `#[warn]` lowers a deny-by-default lint, inner attributes win over outer ones.

#[allow(clippy::style)]
fn style_allowed(x: i32) -> i32 {
    return x.clone();
}

#[deny(clippy::all)]
fn denied(x: i32) -> i32 {
    return x + 1;
}

#[warn(clippy::eq_op)]
fn warned(x: i32) -> bool {
    x == x
}

#[deny(clippy::needless_return)]
mod inner {
    #[allow(clippy::needless_return)]
    pub fn allowed(x: i32) -> i32 {
        return x;
    }

    pub fn denied(x: i32) -> i32 {
        return x;
    }
}

fn main() {
    println!(
        "{} {} {} {} {}",
        style_allowed(1),
        denied(2),
        warned(3),
        inner::allowed(4),
        inner::denied(5)
    );
}
