use std::collections::HashMap;

macro_rules! hashmap {
    () => { HashMap::new() };
    ($($k:expr => $v:expr),+ $(,)?) => {{
        let mut m = HashMap::new();
        $( m.insert($k, $v); )+
        m
    }};
}

macro_rules! max {
    ($x:expr) => { $x };
    ($x:expr, $($rest:expr),+) => {{ let a = $x; let b = max!($($rest),+); if a > b { a } else { b } }};
}

macro_rules! make_struct {
    ($name:ident { $($field:ident : $ty:ty = $default:expr),* }) => {
        #[derive(Debug, Clone)]
        struct $name { $($field: $ty),* }
        impl $name {
            fn new() -> Self { $name { $($field: $default),* } }
            fn field_names() -> Vec<&'static str> { vec![$(stringify!($field)),*] }
        }
    };
}

make_struct!(Settings { width: u32 = 80, height: u32 = 24, title: String = String::from("term"), ratio: f32 = 0.5 });

macro_rules! count {
    () => { 0usize };
    ($head:tt $($tail:tt)*) => { 1usize + count!($($tail)*) };
}

macro_rules! ops {
    ($($name:ident => $op:tt),*) => {
        $( fn $name(a: i32, b: i32) -> i32 { a $op b } )*
    };
}
ops!(add => +, sub => -, mul => *, rem => %);

macro_rules! check {
    ($cond:expr, $($arg:tt)*) => {
        if !$cond { println!("check failed: {} ({})", stringify!($cond), format!($($arg)*)); } else { println!("ok: {}", stringify!($cond)); }
    };
}

macro_rules! vec_of_strings {
    ($($s:literal),*) => { vec![$($s.to_string()),*] };
}

macro_rules! impl_area {
    ($($t:ident($($f:ident),*) => $body:expr;)*) => {
        $(
            struct $t { $($f: f64),* }
            impl $t { fn area(&self) -> f64 { let $t { $($f),* } = self; let _ = ($($f),*); $body(self) } }
        )*
    };
}
impl_area! {
    Circle(r) => |s: &Circle| std::f64::consts::PI * s.r * s.r;
    Rect(w, h) => |s: &Rect| s.w * s.h;
}

macro_rules! matrix {
    ($([$($x:expr),*]),*) => { vec![$(vec![$($x),*]),*] };
}

fn main() {
    let m: HashMap<&str, i32> = hashmap! { "one" => 1, "two" => 2, "three" => 3, };
    let mut keys: Vec<_> = m.iter().collect();
    keys.sort_by_key(|(_, v)| **v);
    println!("{:?}", keys);
    let empty: HashMap<u8, u8> = hashmap!();
    println!("{}", empty.len());
    println!("{} {} {}", max!(3), max!(1, 9, 4), max!(2.5, -1.0));
    let s = Settings::new();
    println!("{:?} {:?}", s, Settings::field_names());
    println!("count {}", count!(a b (c d) [e] {f g h}));
    println!("{} {} {} {}", add(2, 3), sub(2, 3), mul(4, 5), rem(17, 5));
    check!(1 + 1 == 2, "math works");
    check!(s.width < 10, "width was {}", s.width);
    println!("{:?}", vec_of_strings!("a", "bc"));
    println!("{:.3} {}", Circle { r: 2.0 }.area(), Rect { w: 3.0, h: 4.5 }.area());
    let mx = matrix!([1, 2, 3], [4, 5, 6]);
    println!("{:?}", mx);
    let t = (s.title.clone(), s.ratio, s.height);
    println!("{:?}", t);
}
