// Nested repetitions: matrices, lookup tables and grouped test tables.

macro_rules! matrix {
    ($([$($x:expr),* $(,)?]),* $(,)?) => {
        vec![$(vec![$($x),*]),*]
    };
}

macro_rules! table {
    ($($group:ident { $($key:literal => $val:expr),* }),* $(,)?) => {{
        let mut rows: Vec<(&str, &str, i32)> = Vec::new();
        $(
            $( rows.push((stringify!($group), $key, $val)); )*
        )*
        rows
    }};
}

macro_rules! enum_with_fields {
    ($name:ident { $($variant:ident ( $($field:ty),* )),* $(,)? }) => {
        #[derive(Debug)]
        enum $name { $($variant($($field),*)),* }

        impl $name {
            fn arity(&self) -> usize {
                match self {
                    $( $name::$variant(..) => enum_with_fields!(@count $($field),*), )*
                }
            }
        }
    };
    (@count) => { 0 };
    (@count $head:ty $(, $tail:ty)*) => { 1 + enum_with_fields!(@count $($tail),*) };
}

macro_rules! checks {
    ($($func:ident: $(($input:expr) -> $expected:expr),+;)*) => {
        $(
            $(
                let got = $func($input);
                println!("{}({:?}) = {:?} {}", stringify!($func), $input, got,
                         if got == $expected { "ok" } else { "MISMATCH" });
            )+
        )*
    };
}

enum_with_fields!(Shape {
    Dot(),
    Circle(f64),
    Rect(f64, f64),
    Tri(f64, f64, f64),
});

fn size(s: &Shape) -> f64 {
    match s {
        Shape::Dot() => 0.0,
        Shape::Circle(r) => 2.0 * r,
        Shape::Rect(w, h) => w + h,
        Shape::Tri(a, b, c) => a + b + c,
    }
}

fn double(x: i32) -> i32 {
    x * 2
}

fn first_word(s: &str) -> &str {
    s.split(' ').next().unwrap_or("")
}

fn main() {
    let m = matrix![[1, 2, 3], [4, 5, 6,], [7, 8, 9]];
    let diag: Vec<i32> = (0..3).map(|i| m[i][i]).collect();
    println!("{:?} diag {:?}", m, diag);

    let rows = table! {
        fruit { "apple" => 3, "pear" => 5 },
        veg { "leek" => 2 },
        nuts { },
    };
    for (g, k, v) in &rows {
        println!("{:<6}{:<6}{}", g, k, v);
    }

    let shapes = [Shape::Dot(), Shape::Circle(1.0), Shape::Rect(2.0, 3.0), Shape::Tri(3.0, 4.0, 5.0)];
    for s in &shapes {
        println!("{:?} has {} fields, size {}", s, s.arity(), size(s));
    }

    checks! {
        double: (2) -> 4, (-5) -> -10, (0) -> 1;
        first_word: ("hello world") -> "hello", ("") -> "";
    }
}
