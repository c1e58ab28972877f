struct Temperature {
    celsius: f64,
};

fn main() {
    let t = Temperature { celsius: 21.5 };
    println!("{}", t.celsius * 9.0 / 5.0 + 32.0);
}
