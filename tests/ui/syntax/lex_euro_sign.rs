fn price_with_tax(net: f64) -> f64 {
    net * 1.2
}

fn main() {
    let net = 100.0;
    let gross = price_with_tax(net);
    println!("{}", gross €);
}
