// macro_rules! with multiple arms and `$(...),*` / `$(...);*` repetitions.

macro_rules! max_of {
    ($x:expr) => { $x };
    ($x:expr, $($rest:expr),+ $(,)?) => {{
        let a = $x;
        let b = max_of!($($rest),+);
        if a > b { a } else { b }
    }};
}

macro_rules! string_vec {
    () => { Vec::<String>::new() };
    ($($s:expr),* $(,)?) => { vec![$($s.to_string()),*] };
}

macro_rules! assign_all {
    ($($name:ident = $value:expr);* $(;)?) => {
        $(let $name = $value;)*
    };
}

macro_rules! sum_products {
    ($($a:literal * $b:literal);*) => { 0 $(+ $a * $b)* };
}

macro_rules! count {
    () => { 0usize };
    ($head:tt $($tail:tt)*) => { 1usize + count!($($tail)*) };
}

macro_rules! kv_pairs {
    ($($k:ident => $v:expr),* $(,)?) => {{
        let mut out = Vec::new();
        $( out.push((stringify!($k), $v)); )*
        out
    }};
}

fn main() {
    println!("max = {}", max_of!(3));
    println!("max = {}", max_of!(3, 9, 4, 7,));
    println!("max = {}", max_of!(2.5, -1.0));

    let empty = string_vec![];
    let names = string_vec!["ann", 'b', 42, 1.5];
    println!("{:?} {:?}", empty, names);

    assign_all! {
        width = 12;
        height = width / 3;
        label = format!("{}x{}", width, height);
    }
    println!("{} -> area {}", label, width * height);

    println!("dot = {}", sum_products!(1 * 2; 3 * 4; 5 * 6));
    println!("count = {}", count!(a b c d e));
    println!("count = {}", count!());

    let cfg = kv_pairs! { port => 80, retries => 3, timeout => 30 };
    for (k, v) in &cfg {
        println!("{} = {}", k, v);
    }
}
