macro_rules! bind {
    ($v:expr) => {
        let tmp = $v;
        tmp
    };
}

fn main() {
    let x = bind!(5);
    println!("{}", x);
}
