// One macro per fragment specifier: expr ident ty tt pat literal block stmt path lifetime vis item meta.

macro_rules! square { ($e:expr) => { $e * $e }; }
macro_rules! getter {
    ($name:ident, $field:ident, $t:ty) => {
        fn $name(&self) -> $t { self.$field.clone() }
    };
}
macro_rules! matches_any { ($v:expr, $p:pat) => { match $v { $p => true, _ => false } }; }
macro_rules! lit_kind { ($l:literal) => { concat!("literal ", stringify!($l)) }; }
macro_rules! timed { ($label:literal, $b:block) => {{ let r = $b; println!("[{}] done", $label); r }}; }
macro_rules! twice { ($s:stmt) => { { $s } { $s } }; }
macro_rules! call_path { ($p:path, $arg:expr) => { $p($arg) }; }
macro_rules! longest_fn {
    ($lt:lifetime) => {
        fn longest<$lt>(a: &$lt str, b: &$lt str) -> &$lt str { if a.len() >= b.len() { a } else { b } }
    };
}
macro_rules! make_struct {
    ($v:vis struct $name:ident { $($fv:vis $f:ident : $ft:ty),* $(,)? }) => {
        #[derive(Debug, Clone)]
        $v struct $name { $($fv $f: $ft),* }
    };
}
macro_rules! with_item { ($i:item) => { $i }; }
macro_rules! with_attr {
    (#[$m:meta] $name:ident) => {
        #[$m]
        struct $name;
    };
}
macro_rules! tt_len { ($($t:tt)*) => { [$(stringify!($t)),*].len() }; }

make_struct!(pub struct User { pub name: String, age: u32 });

impl User {
    getter!(name_of, name, String);
    getter!(age_of, age, u32);
}

longest_fn!('a);
with_item!(fn triple(x: i32) -> i32 { x * 3 });
with_attr!(#[derive(Debug, Default)] Marker);

mod conv {
    pub fn halve(x: i32) -> i32 { x / 2 }
}

fn main() {
    println!("square(3+1) = {}", square!(3 + 1));
    let u = User { name: "ivy".into(), age: 31 };
    println!("{} is {} ({:?})", u.name_of(), u.age_of(), u);
    println!("{} {}", matches_any!(Some(4), Some(1..=5)), matches_any!('z', 'a' | 'b'));
    println!("{} / {}", lit_kind!(42), lit_kind!("str"));
    let total = timed!("sum", { (1..=10).sum::<i32>() });
    println!("total {}", total);
    let mut n = 0;
    twice!(n += 5);
    println!("n = {}", n);
    println!("{} {}", call_path!(conv::halve, 21), call_path!(i32::abs, -8));
    println!("{}", longest("short", "longer"));
    println!("{}", triple(14));
    println!("{:?}", Marker::default());
    println!("tokens: {}", tt_len!(a + (b * c) [d] {e}));
}
