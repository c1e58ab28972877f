// Nested items and impls inside function bodies and blocks, a local trait,
// local modules, and statements mixing items with expressions.

fn build_report(scores: &[(&str, u32)]) -> Vec<String> {
    #[derive(Debug, PartialEq, PartialOrd)]
    enum Band {
        Low,
        Mid,
        High,
    }

    trait Banded {
        fn band(&self) -> Band;
    }

    impl Banded for u32 {
        fn band(&self) -> Band {
            match *self {
                0..=49 => Band::Low,
                50..=79 => Band::Mid,
                _ => Band::High,
            }
        }
    }

    mod fmt_helpers {
        pub fn stars(n: u32) -> String {
            "*".repeat((n / 10) as usize)
        }
    }

    let mut lines = Vec::new();
    for &(name, score) in scores {
        let band = score.band();
        lines.push(format!("{:<6} {:>3} {:<5} {}", name, score, format!("{:?}", band), fmt_helpers::stars(score)));
    }
    let highs = scores.iter().filter(|(_, s)| s.band() == Band::High).count();
    lines.push(format!("{} high scores, any above mid: {}", highs, scores.iter().any(|(_, s)| s.band() > Band::Mid)));
    lines
}

fn main() {
    let report = build_report(&[("ann", 91), ("bo", 47), ("cy", 78), ("di", 80), ("ed", 12)]);
    for line in &report {
        println!("{}", line);
    }

    let total = {
        struct Acc {
            n: u32,
        }
        impl Acc {
            fn add(mut self, x: u32) -> Self {
                self.n += x;
                self
            }
        }
        Acc { n: 0 }.add(5).add(10).add(27).n
    };
    println!("total = {}", total);

    // an item declared after its use in the same block is still visible
    println!("double(21) = {}", double(21));
    fn double(x: i32) -> i32 {
        x * 2
    }

    // items in nested blocks shadow outer items of the same name
    const SCALE: i32 = 10;
    let outer = SCALE;
    let inner = {
        const SCALE: i32 = 100;
        SCALE
    };
    println!("outer SCALE {} inner SCALE {}", outer, inner);

    let area = |w: i32, h: i32| {
        fn clamp_dim(v: i32) -> i32 {
            v.clamp(0, 1000)
        }
        clamp_dim(w) * clamp_dim(h)
    };
    println!("areas {} {} {}", area(3, 4), area(-3, 4), area(2000, 2));

    macro_rules! twice {
        ($e:expr) => {
            ($e, $e)
        };
    }
    println!("twice {:?}", twice!(SCALE + 1));
}
