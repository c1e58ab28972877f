macro_rules! make_const {
    ($name:ident, $v:expr) => {
        const $name: u32 = $v;
    };
}

make_const!(ANSWER, 42)

fn main() {
    println!("{}", ANSWER);
}
