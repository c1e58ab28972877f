// Negating a struct without a `Neg` impl: E0600.
#[derive(Debug)]
struct Money {
    cents: i64,
}

fn main() {
    let m = Money { cents: 250 };
    let refund = -m;
    println!("{:?}", refund);
}
