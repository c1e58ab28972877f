macro_rules! names {
    ($($first:ident)* $last:ident) => {
        stringify!($last)
    };
}

fn main() {
    println!("{}", names!(alice bob carol));
}
