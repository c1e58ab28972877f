// Textual scoping, #[macro_use] modules, #[macro_export] and `use` of macros.
#[macro_use]
mod shapes {
    macro_rules! area {
        ($w:expr, $h:expr) => { $w * $h };
    }

    pub fn unit() -> i32 {
        area!(1, 1)
    }
}

mod util {
    macro_rules! clamp {
        ($v:expr, $lo:expr, $hi:expr) => {
            if $v < $lo { $lo } else if $v > $hi { $hi } else { $v }
        };
    }
    pub(crate) use clamp;
}

#[macro_export]
macro_rules! exported {
    () => { "exported" };
}

fn main() {
    println!("{} {}", area!(2, 3), shapes::unit());
    println!("{}", util::clamp!(15, 0, 10));
    println!("{} {}", crate::exported!(), exported!());
    macro_rules! local {
        () => { "local" };
    }
    println!("{}", local!());
    {
        macro_rules! local {
            () => { "shadowed" };
        }
        println!("{}", local!());
    }
    println!("{}", local!());
}
