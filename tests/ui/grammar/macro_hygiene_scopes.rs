// Macro hygiene and scoping: local names, textual order, and macros defined in modules.

macro_rules! swap_vars {
    ($a:ident, $b:ident) => {
        let tmp = $a;
        $a = $b;
        $b = tmp;
    };
}

macro_rules! with_temp {
    ($e:expr) => {{
        let x = 100;
        $e + x
    }};
}

macro_rules! make_counter {
    ($name:ident) => {
        let mut $name = 0u32;
    };
}

mod util {
    macro_rules! clamp {
        ($v:expr, $lo:expr, $hi:expr) => {
            if $v < $lo { $lo } else if $v > $hi { $hi } else { $v }
        };
    }

    pub fn normalise(values: &[i32]) -> Vec<i32> {
        values.iter().map(|&v| clamp!(v, 0, 10)).collect()
    }

    pub(crate) use clamp;
}

macro_rules! log_calls {
    ($(fn $name:ident($($arg:ident: $t:ty),*) -> $ret:ty $body:block)*) => {
        $(
            fn $name($($arg: $t),*) -> $ret {
                let result = $body;
                println!("  {}({}) -> {:?}", stringify!($name),
                         [$(format!("{:?}", $arg)),*].join(", "), result);
                result
            }
        )*
    };
}

log_calls! {
    fn add(a: i32, b: i32) -> i32 { a + b }
    fn greet(name: &str) -> String { format!("hi {}", name) }
}

fn main() {
    let mut a = 1;
    let mut b = 2;
    let tmp = "outer tmp";
    swap_vars!(a, b);
    println!("a={} b={} tmp={}", a, b, tmp);

    let x = 5;
    println!("with_temp: {} (x is still {})", with_temp!(x * 2), x);

    make_counter!(hits);
    for w in ["a", "bb", "a", "c"] {
        if w == "a" {
            hits += 1;
        }
    }
    println!("hits = {}", hits);

    println!("{:?}", util::normalise(&[-3, 4, 12, 10]));
    println!("clamped {}", util::clamp!(77, 1, 50));

    println!("calls:");
    let s = add(2, 3);
    let g = greet("bo");
    println!("{} {}", s, g);
}
