// A macro that defines macros and items, in item, statement and impl positions.
macro_rules! make_getter_macro {
    ($name:ident, $value:expr) => {
        macro_rules! $name {
            () => { $value };
        }
    };
}

macro_rules! accessors {
    ($($field:ident: $t:ty),*) => {
        $(pub fn $field(&self) -> $t { self.$field })*
    };
}

struct Point { x: i32, y: i32 }

impl Point {
    accessors!(x: i32, y: i32);
}

make_getter_macro!(seven, 7);

fn main() {
    make_getter_macro!(eight, 8);
    let p = Point { x: 1, y: 2 };
    println!("{} {} {} {}", p.x(), p.y(), seven!(), eight!());
}
