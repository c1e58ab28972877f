// A misspelt clippy lint name is rustc's `unknown_lints` warning (with the close name);
// real lints ferric does not implement, and clippy's groups, are fine.

#[allow(clippy::needles_return)]
fn f(x: i32) -> i32 {
    x + 1
}

#[allow(clippy::pedantic, clippy::nursery, clippy::restriction, clippy::cargo)]
#[allow(clippy::too_many_arguments, clippy::type_complexity)]
fn main() {
    println!("{}", f(1));
}
