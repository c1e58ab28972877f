fn main() {
    let v = twice!(21);
    println!("{}", v);
}

macro_rules! twice {
    ($e:expr) => {
        $e * 2
    };
}
