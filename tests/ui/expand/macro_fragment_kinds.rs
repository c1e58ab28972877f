// One macro per fragment specifier.
macro_rules! make_fn {
    ($(#[$m:meta])* $v:vis fn $name:ident($arg:ident: $t:ty) -> $r:ty $body:block) => {
        $(#[$m])* $v fn $name($arg: $t) -> $r $body
    };
}

macro_rules! is_match {
    ($e:expr, $p:pat) => {
        match $e { $p => true, _ => false }
    };
}

macro_rules! with_lifetime {
    ($lt:lifetime, $t:ty) => {
        struct Holder<$lt> { r: &$lt $t }
    };
}

macro_rules! lit_or_neg {
    ($l:literal) => { $l };
}

macro_rules! run_stmt {
    ($s:stmt) => { $s; };
}

macro_rules! emit_item {
    ($i:item) => { $i };
}

macro_rules! call_path {
    ($p:path) => { $p(2) };
}

macro_rules! paren {
    ($e:expr_2021) => { ($e) };
}

macro_rules! param {
    ($p:pat_param | $q:pat_param) => { |x: i32| matches!(x, $p | $q) };
}

make_fn! {
    /// Doubles.
    #[inline]
    pub fn double(x: i32) -> i32 { x * 2 }
}

with_lifetime!('a, str);
emit_item!(const LIMIT: i32 = 10;);

fn main() {
    println!("{}", double(4));
    println!("{}", is_match!(Some(3), Some(1..=5)));
    let h = Holder { r: "text" };
    println!("{}", h.r);
    println!("{} {}", lit_or_neg!(-5), lit_or_neg!("s"));
    run_stmt!(let y = 3);
    println!("{}", y + LIMIT);
    println!("{}", call_path!(double));
    println!("{}", paren!(1 + 2) * 3);
    println!("{}", param!(1 | 2)(2));
}
