// Recursive macros: a tt-muncher that compiles a tiny stack language at compile time.

macro_rules! rpn {
    (@go [$($stack:expr),*]) => { [$($stack),*] };
    (@go [$a:expr, $b:expr $(, $rest:expr)*] + $($tail:tt)*) => {
        rpn!(@go [$b + $a $(, $rest)*] $($tail)*)
    };
    (@go [$a:expr, $b:expr $(, $rest:expr)*] * $($tail:tt)*) => {
        rpn!(@go [$b * $a $(, $rest)*] $($tail)*)
    };
    (@go [$a:expr, $b:expr $(, $rest:expr)*] - $($tail:tt)*) => {
        rpn!(@go [$b - $a $(, $rest)*] $($tail)*)
    };
    (@go [$($stack:expr),*] $num:literal $($tail:tt)*) => {
        rpn!(@go [$num $(, $stack)*] $($tail)*)
    };
    ($($tokens:tt)*) => { rpn!(@go [] $($tokens)*) };
}

macro_rules! reverse_list {
    ([] $($rev:expr),*) => { [$($rev),*] };
    ([$first:expr $(, $rest:expr)*] $($rev:expr),*) => {
        reverse_list!([$($rest),*] $first $(, $rev)*)
    };
}

macro_rules! html {
    ($tag:ident { $($inner:tt)* }) => {
        format!("<{0}>{1}</{0}>", stringify!($tag), html!($($inner)*))
    };
    ($text:literal) => { $text.to_string() };
    ($tag:ident { $($inner:tt)* } $($rest:tt)+) => {
        html!($tag { $($inner)* }) + &html!($($rest)+)
    };
    () => { String::new() };
}

macro_rules! fact {
    (0) => { 1u64 };
    ($n:expr) => { fact_fn($n) };
}

fn fact_fn(n: u64) -> u64 {
    if n == 0 { fact!(0) } else { n * fact!(n - 1) }
}

fn main() {
    let r = rpn!(3 4 + 2 *);
    println!("3 4 + 2 * = {:?}", r);
    let r2 = rpn!(10 2 3 * -);
    println!("10 2 3 * - = {:?}", r2);
    let r3 = rpn!(1 2 3);
    println!("1 2 3 = {:?}", r3);

    println!("{:?}", reverse_list!([1, 2, 3, 4]));
    println!("{:?}", reverse_list!(["only"]));

    println!("{}", html!(div { p { "hello" } p { "world" } }));
    println!("{}", html!(ul { li { "a" } li { b { "bold" } } }));
    println!("{}", html!(br {}));

    println!("10! = {}", fact!(10));
    println!("0! = {}", fact!(0));
}
