// Macro calls in less common positions: trait and extern-block items, generic arguments,
// field types, or-patterns, `let else`, closures, nested items of a block, `[]`/`{}` calls.
macro_rules! ty { () => { u32 }; }
macro_rules! pat { () => { 1 | 2 }; }
macro_rules! trait_fn { ($n:ident) => { fn $n(&self) -> u32 { 0 } }; }
macro_rules! ext_fn { ($n:ident) => { fn $n(x: i32) -> i32; }; }
macro_rules! items { ($($t:tt)*) => { $($t)* }; }

trait Named {
    trait_fn!(id);
}

extern "C" {
    ext_fn!(abs);
}

struct Wrapper {
    value: ty!(),
    list: Vec<ty!()>,
}

items! {
    #[derive(Debug)]
    struct Made(u8);
    impl Named for Made {}
}

fn classify(n: u32) -> &'static str {
    match n {
        pat!() => "small",
        pat!() | 3 => "three",
        _ => "big",
    }
}

fn main() {
    let w = Wrapper { value: 7, list: vec![1, 2] };
    let Some(first) = w.list.first().copied() else { panic!("empty") };
    let add = |x: ty!()| x + first as ty!();
    macro_rules! local { () => { 40 }; }
    fn nested() -> u32 { local!() + 2 }
    let total = items![w.value + add(1)] + nested();
    println!("{} {} {:?} {}", classify(total), Made(3).id(), Made(1), total);
    let v = vec![0u8; 3];
    println!("{}", v.len() + items!{ 1 });
}
