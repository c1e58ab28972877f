// `stringify!` of a transcribed repetition: the separator is followed by a space.
macro_rules! fields {
    ($($f:ident),*) => {
        stringify!($($f),*)
    };
}
macro_rules! dashed {
    ($($a:tt)-*) => {
        stringify!($($a)-*)
    };
}
macro_rules! semis {
    ($($a:ident);*) => {
        stringify!($($a);*)
    };
}

fn main() {
    println!("{}", fields!(x, y, z));
    println!("{}", fields!(a,b));
    println!("{}", dashed!(a-b-c));
    println!("{}", semis!(p;q));
}
