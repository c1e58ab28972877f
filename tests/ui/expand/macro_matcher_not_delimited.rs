macro_rules! ident_only {
    $x:ident => { $x };
}

fn main() {
    let a = 3;
    println!("{}", ident_only!(a));
}
