// `let` bindings made by a macro do not capture the caller's names.
macro_rules! with_temp {
    ($e:expr) => {{
        let temp = 100;
        $e + temp
    }};
}

macro_rules! declare {
    ($name:ident) => {
        let $name = 5;
    };
}

fn main() {
    let temp = 1;
    println!("{}", with_temp!(temp));
    declare!(five);
    println!("{}", five);
}
